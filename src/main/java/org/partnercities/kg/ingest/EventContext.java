package org.partnercities.kg.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * How events relate to each other and to a visit: «посетила Магнитогорск» is a visit; «В рамках
 * Форума прошёл круглый стол» makes the round table part of the forum; in a report about a visit,
 * what follows it is part of it (its date, city and delegation unless it says otherwise), and a
 * section about a host school without an event of its own records a site visit.
 */
final class EventContext {

    private final EventExtractor x;
    private final Report report;
    /** The first visit of the report, if it describes one. */
    private Event visit;

    EventContext(EventExtractor extractor) {
        this.x = extractor;
        this.report = extractor.report;
    }

    /** A visit when token {@code i} is «посетить» followed by a place, else null. */
    Event visitAt(Sentence sentence, int i) {
        if (!report.morphology.hasLemma(sentence.tokens().get(i).text(), "посетить"))
            return null;
        Mentions.Place place = OrganisationExtractor.placeAt(report, sentence, i + 1);
        if (place == null)
            return null;
        Event v = x.create(EventKinds.VISIT, false, sentence, i, place.to());
        v.city = place.iri();
        v.format = "in-person";
        v.labelHint = "Визит в " + report.span(sentence, place.from(), place.to());
        if (visit == null)
            visit = v;
        return v;
    }

    /** «В рамках Форума прошёл круглый стол …»: the new event is part of the one it is within. */
    void withinOther(Sentence sentence, List<Event> here) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!(t.get(i).is("в") && report.morphology.hasLemma(t.get(i + 1).text(), "рамка")))
                continue;
            EventKinds.Kind kind = x.triggers.kindAt(t, i + 2);
            Event outer = null;
            for (Event e : here)
                if (e.from == i + 2 || e.from == i + 3 && kind == EventKinds.ROUND_TABLE)
                    outer = e;
            if (outer == null && kind != null)
                outer = x.lastOf(kind);
            if (outer == null)
                continue;
            for (Event e : here)
                if (e != outer && e.sentence == sentence && e.from > i + 2)
                    e.partOf.add(outer);
        }
    }

    /** In a visit report, a section that describes a school of the visited city without an event records a visit to it. */
    void siteVisits() {
        if (visit == null)
            return;
        Set<Integer> withEvents = new HashSet<>();
        for (Event e : x.events)
            withEvents.add(x.sections.of(e.sentence.index()));
        for (Map.Entry<Integer, String> heading : x.sections.headings().entrySet()) {
            if (withEvents.contains(heading.getKey()))
                continue;
            for (Sentence sentence : report.sentences) {
                if (!Integer.valueOf(heading.getKey()).equals(x.sections.of(sentence.index())) || x.sections.isHeading(sentence))
                    continue;
                List<Mentions.Institution> schools = report.list(report.institutions, sentence.index());
                if (schools.isEmpty())
                    continue;
                Node school = schools.get(0).iri();
                boolean inCity = visit.city == null || report.draft.objects(school, Vocab.pck("locatedIn")).contains(visit.city);
                if (!inCity)
                    continue;
                Event e = x.create(EventKinds.SITE_VISIT, false, sentence, schools.get(0).from(), schools.get(0).to());
                e.venue = school;
                x.titles.title(e, heading.getValue());
                e.confidence = 0.5;
                Draft.Entity entity = report.draft.get(school);
                e.labelHint = "Посещение: " + (entity == null ? "" : entity.label);
                break;
            }
        }
    }

    /** An event with a date of its own that is not the visit's («12 марта 2022 года» after a visit in October 2021). */
    private static boolean outside(Event e, Event visit) {
        if (e.date == null || e.dateFromContext || visit.date == null)
            return false;
        String own = e.date.value().getLiteralLexicalForm();
        String start = visit.date.value().getLiteralLexicalForm();
        String end = visit.date.end() == null ? start : visit.date.end().getLiteralLexicalForm();
        // Dates of different precision compare by their common part: «2020-02-06» is within «2020-02».
        boolean within = own.startsWith(start) || start.startsWith(own) || own.startsWith(end) || end.startsWith(own)
                || own.compareTo(start) > 0 && own.compareTo(end) < 0;
        return !within;
    }

    /** Events after a visit, in its report, are part of it: its date, city and delegation unless they say otherwise. */
    void visitContext() {
        if (visit == null)
            return;
        boolean after = false;
        for (Event e : List.copyOf(x.events)) {
            if (e == visit) {
                after = true;
                continue;
            }
            if (!after || e.series || outside(e, visit))
                continue;
            if (e.kind != EventKinds.FORUM)
                e.partOf.add(visit);
            if (e.date == null) {
                e.date = visit.date;
                e.dateFromContext = true;
            }
            if (e.city == null)
                e.city = visit.city;
            if (e.format == null)
                e.format = "in-person";
            for (Node p : visit.participants)
                if (!e.presenters.contains(p))
                    e.participants.add(p);
            if (e.title == null && e.heading != null && e.kind != EventKinds.TALK)
                e.title = e.heading.contains(". ") ? e.heading.substring(0, e.heading.indexOf(". ")) : e.heading;
        }
    }
}
