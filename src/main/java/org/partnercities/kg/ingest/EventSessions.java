package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Sessions a report names only by their month: «в ноябре педагоги города рассказывали о наставничестве, а в декабре —
 * о школьных театрах» after a seminar is two more sessions of the same kind, one a month, presented by who spoke.
 */
final class EventSessions {

    /** Verbs (lemmas) of speaking at a session, imperfective ones included («рассказывали», «выступали»). */
    private static final List<String> SPOKE = List.of("рассказывать", "рассказать", "выступать", "выступить", "делиться",
            "поделиться", "представлять", "представить");
    /** Kinds of event whose earlier sessions a report may list by month. */
    private static final Set<EventKinds.Kind> SESSIONS = Set.of(EventKinds.SEMINAR, EventKinds.VIDEOCONFERENCE,
            EventKinds.MASTER_CLASS, EventKinds.ROUND_TABLE);

    private final EventExtractor x;
    private final Report report;

    EventSessions(EventExtractor extractor) {
        this.x = extractor;
        this.report = extractor.report;
    }

    /**
     * In a sentence without an event noun, each month («в ноябре») followed by who spoke — a group or institution,
     * or, after a dash, the same as the month before («а в декабре — о …») — is a session of the kind of the last
     * seminar, videoconference, master class or round table of the report, in its format. None without such an event
     * before, and none in the month of that event itself.
     */
    List<Event> earlier(Sentence sentence) {
        if (!x.says(sentence, SPOKE))
            return List.of();
        Event model = null;
        for (Event e : x.events)
            if (SESSIONS.contains(e.kind) && !e.series && e.sentence.index() < sentence.index())
                model = e;
        if (model == null)
            return List.of();
        List<Token> t = sentence.tokens();
        List<Mentions.Date> months = report.list(report.dates, sentence.index()).stream()
                .filter(d -> d.end() == null && d.value().getLiteralLexicalForm().length() == 7).toList();
        String own = model.date == null ? "" : model.date.value().getLiteralLexicalForm();
        List<Event> out = new ArrayList<>();
        Set<Node> before = Set.of();
        for (int m = 0; m < months.size(); m++) {
            Mentions.Date month = months.get(m);
            int end = m + 1 < months.size() ? months.get(m + 1).from() : t.size();
            Set<Node> who = new LinkedHashSet<>();
            for (Mentions.Organisation o : report.list(report.organisations, sentence.index())) {
                Draft.Entity entity = report.draft.get(o.iri());
                if (o.from() >= month.to() && o.from() < end && entity != null && entity.types.contains(Vocab.pck("Group")))
                    who.add(o.iri());
            }
            for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
                if (s.from() >= month.to() && s.from() < end)
                    who.add(s.iri());
            if (who.isEmpty() && month.to() < t.size() && t.get(month.to()).text().matches("[—–-]"))
                who = before;
            if (who.isEmpty() || own.startsWith(month.value().getLiteralLexicalForm()))
                continue;
            before = who;
            Event e = x.create(model.kind, false, sentence, month.from(), month.to());
            e.date = month;
            e.format = model.format;
            e.presenters.addAll(who);
            e.confidence = 0.5;
            out.add(e);
        }
        return out;
    }
}
