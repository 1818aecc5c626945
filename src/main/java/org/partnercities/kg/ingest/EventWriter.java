package org.partnercities.kg.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.ingest.Sentences.Sentence;
import org.partnercities.kg.vocab.Slugs;

/** Writes the events a report describes into its draft, with IRIs minted from kind and title or date. */
final class EventWriter {

    private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};

    private EventWriter() {}

    static void write(Report report, List<Event> events) {
        Set<Node> used = new HashSet<>();
        for (Event e : events)
            e.iri = mint(report, e, used);
        for (Event e : events)
            write(report, e);
    }

    private static Node mint(Report report, Event e, Set<Node> used) {
        String base;
        if (e.kind == EventKinds.VISIT)
            base = "visit-" + (e.city == null ? "" : OrganisationExtractor.slug(e.city) + "-") + dateSlug(e);
        else if (e.title != null)
            base = e.kind.slug() + (e.series ? "-series" : "") + "-" + words(Slugs.slug(e.title), 6);
        else if (e.date != null)
            base = e.kind.slug() + (e.series ? "-series" : "") + "-" + dateSlug(e)
                    + (e.speakers.isEmpty() || e.kind != EventKinds.TALK ? "" : "-" + OrganisationExtractor.slug(e.speakers.iterator().next()));
        else
            base = e.kind.slug() + (e.series ? "-series" : "") + "-" + e.sentence.index();
        base = base.replaceAll("-+$", "");
        Node iri = Vocab.id("event", base);
        for (int n = 2; used.contains(iri); n++)
            iri = Vocab.id("event", base + "-" + n);
        used.add(iri);
        return iri;
    }

    private static String dateSlug(Event e) {
        return e.date == null ? "" : e.date.value().getLiteralLexicalForm();
    }

    private static String words(String slug, int count) {
        String[] parts = slug.split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(count, parts.length)));
    }

    private static void write(Report report, Event e) {
        Sentence sentence = e.sentence;
        Draft.Evidence evidence = report.evidence(sentence, e.from, e.to);
        Draft.Entity entity = report.draft.entity(e.iri, "event", label(e), e.confidence, evidence);
        for (Sentence other : e.sentences)
            if (other != sentence)
                entity.evidence.add(new Draft.Evidence(other.index(), other.start(), other.end()));
        entity.types.add(Vocab.pck(e.kind.local()));
        if (e.series)
            entity.types.add(Vocab.pck("EventSeries"));
        entity.englishLabel = e.kind.english() + (e.title != null ? " “" + Slugs.latin(e.title) + "”"
                : e.date != null ? ", " + e.date.value().getLiteralLexicalForm() : "");
        Draft draft = report.draft;
        double c = e.confidence;
        if (e.title != null)
            draft.fact(e.iri, Vocab.pck("topicTitle"), Report.ru(e.title), c, evidence);
        if (e.date != null) {
            Draft.Evidence dateEvidence = e.dateFromContext ? evidence : report.evidence(sentence, e.date.from(), e.date.to());
            boolean start = e.series || e.date.start();
            draft.fact(e.iri, Vocab.pck(start ? "startDate" : "date"), e.date.value(), c, dateEvidence);
            if (e.date.end() != null)
                draft.fact(e.iri, Vocab.pck("endDate"), e.date.end(), c, dateEvidence);
            if (e.date.note() != null)
                draft.fact(e.iri, Vocab.pck("dateNote"), NodeFactory.createLiteralLang(e.date.note(), "en"), c, dateEvidence);
        } else if (report.period != null) {
            draft.fact(e.iri, Vocab.pck("during"), report.period, 0.5, evidence);
        }
        if (e.format != null)
            draft.fact(e.iri, Vocab.pck("eventFormat"), Vocab.id("format", e.format), c, evidence);
        if (e.frequency != null)
            draft.fact(e.iri, Vocab.pck("frequency"), Report.ru(e.frequency), c, evidence);
        if (e.startTime != null)
            draft.fact(e.iri, Vocab.pck("startTime"), NodeFactory.createLiteralString(e.startTime), c, evidence);
        if (e.venue != null) {
            draft.fact(e.iri, Vocab.pck("venue"), e.venue, c, evidence);
            if (e.city == null)
                draft.objects(e.venue, Vocab.pck("locatedIn")).stream()
                        .filter(p -> report.draft.get(p) != null && "city".equals(report.draft.get(p).kind))
                        .findFirst().ifPresent(city -> e.city = city);
        }
        if (e.city != null)
            draft.fact(e.iri, Vocab.pck("inCity"), e.city, c, evidence);
        for (Event outer : e.partOf)
            draft.fact(e.iri, Vocab.pck("partOf"), outer.iri, 0.6, evidence);
        for (Node p : e.participants)
            draft.fact(e.iri, Vocab.pck("participant"), p, 0.6, evidence);
        for (Node p : e.speakers)
            draft.fact(e.iri, Vocab.pck("speaker"), p, 0.7, evidence);
        for (Node p : e.presenters)
            if (!e.speakers.contains(p))
                draft.fact(e.iri, Vocab.pck("presenter"), p, 0.5, evidence);
        for (Node topic : e.topics)
            draft.fact(e.iri, Vocab.pck("topic"), topic, 0.6, evidence);
    }

    static String label(Event e) {
        if (e.kind == EventKinds.TALK && e.title != null)
            return e.shortLabel().replace("Выступление «", (e.labelHint == null ? "Выступление" : e.labelHint) + " «");
        if (e.title != null)
            return (e.series ? "Цикл: " : "") + e.kind.russian() + " «" + e.title + "»";
        if (e.labelHint != null)
            return e.labelHint + (e.date != null && e.kind != EventKinds.VISIT && e.labelHint.startsWith("Выступление")
                    ? ", " + human(e.date.value().getLiteralLexicalForm()) : e.kind == EventKinds.VISIT && e.date != null
                    ? ", " + human(e.date.value().getLiteralLexicalForm()) : "");
        String kind = e.series ? (e.frequency != null ? "Ежемесячные мероприятия: " : "Цикл: ") + e.kind.russian().toLowerCase(java.util.Locale.ROOT)
                : e.kind.russian();
        return kind + (e.date != null ? " " + (e.series ? "с " : "") + human(e.date.value().getLiteralLexicalForm()) : "");
    }

    /** «2020-01-31» → «31 января 2020 года»; «2019-05» → «05.2019»; a year as it is. */
    static String human(String lexical) {
        String[] parts = lexical.split("-");
        if (parts.length == 3)
            return Integer.parseInt(parts[2]) + " " + MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0] + " года";
        if (parts.length == 2)
            return parts[1] + "." + parts[0];
        return lexical;
    }
}
