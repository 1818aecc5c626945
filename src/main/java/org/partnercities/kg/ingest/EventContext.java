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

    /** A visit when token {@code i} is «посетить» followed by a place, or a delegation that was in a city; else null. */
    Event visitAt(Sentence sentence, int i) {
        Event delegation = delegationAt(sentence, i);
        if (delegation != null)
            return delegation;
        if (!report.morphology.hasLemma(sentence.tokens().get(i).text(), "посетить"))
            return null;
        Mentions.Place place = OrganisationExtractor.placeAt(report, sentence, i + 1);
        // «посетил Московский государственный колледж» visits the college, not the city.
        if (place == null || place.adjective())
            return null;
        Event v = x.create(EventKinds.VISIT, false, sentence, i, place.to());
        v.city = place.iri();
        v.format = "in-person";
        v.labelHint = "Визит в " + report.span(sentence, place.from(), place.to());
        if (visit == null)
            visit = v;
        return v;
    }

    /** Verbs (lemmas) by which a delegation is somewhere: «в Москве работала / побывала делегация». */
    private static final List<String> BEING = List.of("работать", "побывать", "приехать", "прибыть", "находиться",
            "посетить", "провести");

    /**
     * «С 13 по 17 марта 2023 года в Москве работала делегация …», «в Москве побывала делегация …»: the
     * delegation's visit to the city it was in (the first such sentence; an untitled visit a heading named
     * before, «стажировка», is the same visit). Its participants are given by {@link #delegates()}.
     */
    private Event delegationAt(Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (visit != null || report.inQuotes(sentence, i) || !report.morphology.hasLemma(t.get(i).text(), "делегация"))
            return null;
        if (!x.says(sentence, BEING))
            return null;
        Mentions.Place place = null;
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (!p.adjective() && p.from() > 0 && t.get(p.from() - 1).is("в") && "city".equals(kindOf(p.iri()))) {
                place = p;
                break;
            }
        if (place == null)
            return null;
        Event v = x.lastOf(EventKinds.VISIT);
        if (v == null || v.city != null || v.date != null || v.title != null || !x.sections.isHeading(v.sentence))
            v = x.create(EventKinds.VISIT, false, sentence, i, i + 1);
        v.city = place.iri();
        v.format = "in-person";
        Draft.Entity city = report.draft.get(place.iri());
        v.labelHint = "Визит делегации: " + (city == null ? report.span(sentence, place.from(), place.to()) : city.label);
        v.delegation = true;
        visit = v;
        return v;
    }

    /**
     * «Насыщенная программа уложилась в три дня — 6–8 февраля»: a range of days in a sentence without an
     * event of its own, within the month a delegation's visit is dated by, dates the visit more closely.
     */
    void programmeRange(Sentence sentence) {
        if (visit == null || visit.date == null || visit.date.end() != null)
            return;
        String month = visit.date.value().getLiteralLexicalForm();
        if (month.length() != 7)
            return;
        for (Mentions.Date date : report.list(report.dates, sentence.index()))
            if (date.end() != null && date.value().getLiteralLexicalForm().startsWith(month)
                    && !report.inQuotes(sentence, date.from())) {
                visit.date = date;
                visit.dateFromContext = false;
                visit.sentences.add(sentence);
                return;
            }
    }

    /** Verbs (lemmas) by which guests spend a day somewhere. */
    private static final List<String> SPENDING = List.of("побывать", "провести", "посетить", "принимать");

    /**
     * «В первый день визита гости побывали в ГБОУ Школа № 1468», «Первый день гости провели в ГБОУ Школа
     * № 1580»: a site visit to the institution, part of the visit, on the day of the visit's range the
     * ordinal names (first, second, third, last). Returns the events of the sentence, without the visit
     * itself, which the sentence only dates the day by.
     */
    List<Event> visitDay(Sentence sentence, List<Event> here) {
        if (visit == null || !x.says(sentence, SPENDING))
            return here;
        List<Token> t = sentence.tokens();
        Integer offset = null;
        boolean last = false;
        int at = -1;
        for (int i = 1; i < t.size(); i++) {
            if (!report.morphology.hasLemma(t.get(i).text(), "день"))
                continue;
            String ordinal = t.get(i - 1).text();
            for (String lemma : report.morphology.lemmas(ordinal)) {
                int k = ORDINALS.indexOf(lemma);
                if (k >= 0)
                    offset = k;
                if (lemma.equals("последний"))
                    last = true;
            }
            if (offset != null || last) {
                at = i - 1;
                break;
            }
        }
        if (at < 0)
            return here;
        // Only a sentence whose events are the visit itself: «семинар прошёл в первый день» is the seminar's day.
        for (Event e : here)
            if (e != visit)
                return here;
        Mentions.Institution venue = null;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() > 0 && (t.get(s.from() - 1).is("в") || t.get(s.from() - 1).is("во"))) {
                venue = s;
                break;
            }
        if (venue == null)
            return here;
        Event e = x.create(EventKinds.SITE_VISIT, false, sentence, venue.from(), venue.to());
        e.venue = venue.iri();
        e.partOf.add(visit);
        Draft.Entity entity = report.draft.get(venue.iri());
        e.labelHint = "Посещение: " + (entity == null ? report.span(sentence, venue.from(), venue.to()) : entity.label);
        e.date = day(sentence, at, offset, last);
        e.dateFromContext = e.date != null;
        return List.of(e);
    }

    private static final List<String> ORDINALS = List.of("первый", "второй", "третий", "четвертый", "пятый");

    /** The day of the visit's range an ordinal names, or null when the visit has no range of days. */
    private Mentions.Date day(Sentence sentence, int at, Integer offset, boolean last) {
        if (visit.date == null || visit.date.value().getLiteralLexicalForm().length() != 10)
            return null;
        java.time.LocalDate start = java.time.LocalDate.parse(visit.date.value().getLiteralLexicalForm());
        java.time.LocalDate end = visit.date.end() == null ? start
                : java.time.LocalDate.parse(visit.date.end().getLiteralLexicalForm());
        java.time.LocalDate day = last ? end : start.plusDays(offset);
        if (day.isAfter(end))
            return null;
        String note = "The text says «" + report.span(sentence, at, at + 2) + "» of the visit of " + start + " to " + end + ".";
        return new Mentions.Date(DateExtractor.typed(day.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                null, at, at + 2, false, note);
    }

    private String kindOf(Node iri) {
        Draft.Entity entity = report.draft.get(iri);
        return entity == null ? null : entity.kind;
    }

    /**
     * A delegation's members take part in its visit: the institutions of its own city (the report's city,
     * when that is not the visited one) and whoever the report says led it («Делегацию возглавила …»,
     * «Возглавил группу …»). Those named where the report says who the delegation is are its members,
     * who take part in each part of the visit as well.
     */
    private void delegates() {
        if (visit == null || !visit.delegation || report.homeCity == null || report.homeCity.equals(visit.city))
            return;
        for (Sentence sentence : report.sentences) {
            boolean composition = x.says(sentence, List.of("делегация"));
            for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
                if (report.draft.objects(s.iri(), Vocab.pck("locatedIn")).contains(report.homeCity)) {
                    visit.participants.add(s.iri());
                    if (composition)
                        visit.members.add(s.iri());
                }
            if (x.says(sentence, List.of("возглавить")) && x.says(sentence, List.of("делегация", "группа")))
                for (Mentions.Person p : report.list(report.people, sentence.index()))
                    visit.participants.add(p.iri());
        }
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
        delegates();
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
            for (Node p : visit.delegation ? visit.members : visit.participants)
                if (!e.presenters.contains(p))
                    e.participants.add(p);
            if (e.title == null && e.heading != null && e.kind != EventKinds.TALK)
                e.title = e.heading.contains(". ") ? e.heading.substring(0, e.heading.indexOf(". ")) : e.heading;
        }
    }
}
