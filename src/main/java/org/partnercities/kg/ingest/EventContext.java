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
    /** Nouns (lemmas) for a travelling party: a delegation, or a team or group of teachers that worked somewhere. */
    private static final List<String> PARTY = List.of("делегация", "команда", "группа");

    /**
     * «С 13 по 17 марта 2023 года в Москве работала делегация …», «в Москве побывала делегация …»: the
     * delegation's visit to the city it was in (the first such sentence; an untitled visit a heading named
     * before, «стажировка», is the same visit). Its participants are given by {@link #delegates()}.
     */
    private Event delegationAt(Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (visit != null || report.inQuotes(sentence, i) || PARTY.stream().noneMatch(l -> report.morphology.hasLemma(t.get(i).text(), l)))
            return null;
        boolean delegation = report.morphology.hasLemma(t.get(i).text(), "делегация");
        // «делегация … прошла стажировку в московских школах»: a delegation on a visit named by its noun; a team or
        // group only by a verb of being somewhere («в Старом Осколе работала команда педагогов»).
        if (!x.says(sentence, BEING) && !(delegation && visitNoun(sentence)))
            return null;
        Mentions.Place place = null;
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (!p.adjective() && p.from() > 0 && t.get(p.from() - 1).is("в") && "city".equals(kindOf(p.iri()))) {
                place = p;
                break;
            }
        if (place == null && delegation)
            for (Mentions.Place p : report.list(report.places, sentence.index()))
                if (p.adjective() && p.from() > 0 && t.get(p.from() - 1).is("в") && "city".equals(kindOf(p.iri()))) {
                    place = p; // «в московских школах»
                    break;
                }
        if (place == null)
            return null;
        Event v = x.lastOf(EventKinds.VISIT);
        if (v != null && v.sentence == sentence && v.city == null) {
            // the visit noun of the same sentence came first: «Стажировку в московских школах прошла делегация …»
        } else if (v == null || v.city != null || v.date != null || v.title != null || !x.sections.isHeading(v.sentence))
            v = x.create(EventKinds.VISIT, false, sentence, i, i + 1);
        v.party = sentence;
        v.partyFrom = i;
        v.city = place.iri();
        v.format = "in-person";
        Draft.Entity city = report.draft.get(place.iri());
        v.labelHint = "Визит делегации: " + (city == null ? report.span(sentence, place.from(), place.to()) : city.label);
        v.delegation = true;
        visit = v;
        return v;
    }

    private boolean visitNoun(Sentence sentence) {
        for (int k = 0; k < sentence.tokens().size(); k++)
            if (!report.inQuotes(sentence, k) && x.triggers.kindAt(sentence.tokens(), k) == EventKinds.VISIT)
                return true;
        return false;
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
    private static final List<String> SPENDING = List.of("побывать", "провести", "посетить", "принимать", "пройти");

    /**
     * «В первый день визита гости побывали в ГБОУ Школа № 1468», «Первый день гости провели в ГБОУ Школа
     * № 1580»: a site visit to the institution, part of the visit, on the day of the visit's range the
     * ordinal names (first, second, third, last). Returns the events of the sentence, without the visit
     * itself, which the sentence only dates the day by.
     */
    List<Event> visitDay(Sentence sentence, List<Event> here) {
        Mentions.Date carried = pendingDay != null && pendingDay.sentence().index() == sentence.index() - 1
                && pendingDay.sentence().paragraph() == sentence.paragraph() ? pendingDay.date() : null;
        pendingDay = null;
        if (visit == null)
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
        if (at < 0 && carried == null)
            return here;
        Mentions.Date date = at >= 0 ? day(sentence, at, offset, last) : carried;
        boolean others = here.stream().anyMatch(e -> e != visit);
        if (!x.says(sentence, SPENDING)) {
            // «Второй день был посвящён профессиональному образованию.»: what the next sentence tells is on that day.
            if (at >= 0 && date != null && !others && report.list(report.institutions, sentence.index()).isEmpty())
                pendingDay = new PendingDay(sentence, date);
            return here;
        }
        if (others)
            return date == null ? here : excursionDay(sentence, here, date);
        // «побывали в лицее № 20 и в гимназии № 30», «на уроках в многопрофильном лицее № 20»: a site visit to each
        // institution after «в», perhaps with one lowercase adjective of its own between.
        List<Event> visits = new java.util.ArrayList<>();
        for (Mentions.Institution venue : report.list(report.institutions, sentence.index())) {
            if (!inAt(t, venue.from()) || visits.stream().anyMatch(v -> v.venue.equals(venue.iri())))
                continue;
            visits.add(siteVisit(sentence, venue, date));
        }
        return visits.isEmpty() ? here : visits;
    }

    /** A site visit of the visit to the institution {@code venue} names, on {@code date} (from the context) if any. */
    private Event siteVisit(Sentence sentence, Mentions.Institution venue, Mentions.Date date) {
        Event e = x.create(EventKinds.SITE_VISIT, false, sentence, venue.from(), venue.to());
        e.venue = venue.iri();
        e.partOf.add(visit);
        Draft.Entity entity = report.draft.get(venue.iri());
        e.labelHint = "Посещение: " + (entity == null ? report.span(sentence, venue.from(), venue.to()) : entity.label);
        e.date = date;
        e.dateFromContext = date != null;
        return e;
    }

    /** Whether the token before {@code from} is «в»/«во», or one lowercase adjective after it. */
    private boolean inAt(List<Token> t, int from) {
        if (from > 0 && (t.get(from - 1).is("в") || t.get(from - 1).is("во")))
            return true;
        return from > 1 && (t.get(from - 2).is("в") || t.get(from - 2).is("во")) && t.get(from - 1).isWord()
                && !t.get(from - 1).isCapitalized()
                && report.morphology.readings(t.get(from - 1).text()).stream().allMatch(Morphology.Reading::adjective)
                && !report.morphology.readings(t.get(from - 1).text()).isEmpty();
    }

    /** A day of the visit a sentence named without saying what happened, for the next sentence of its paragraph. */
    private record PendingDay(Sentence sentence, Mentions.Date date) {}
    private PendingDay pendingDay;

    /**
     * «В авиационном колледже гостям показали мастерские, а затем провели экскурсию по цехам завода»: on a day of the
     * visit, an excursion is to the enterprise the sentence names, and the institution named after «в» before it is a
     * site visit of its own. Only excursions: another event of the sentence is where the guests went.
     */
    private List<Event> excursionDay(Sentence sentence, List<Event> here, Mentions.Date date) {
        List<Event> others = here.stream().filter(e -> e != visit).toList();
        if (others.stream().anyMatch(e -> e.kind != EventKinds.EXCURSION || e.date != null))
            return here;
        List<Token> t = sentence.tokens();
        List<Event> out = new java.util.ArrayList<>(here);
        int first = others.stream().mapToInt(e -> e.sentence == sentence ? e.from : t.size()).min().orElse(t.size());
        for (Mentions.Institution venue : report.list(report.institutions, sentence.index())) {
            if (venue.from() >= first || !inAt(t, venue.from()) && !after(sentence, venue.from(), "в", "во"))
                continue;
            out.add(0, siteVisit(sentence, venue, date));
            break;
        }
        List<Node> enterprises = report.list(report.organisations, sentence.index()).stream().map(Mentions.Organisation::iri)
                .filter(o -> report.draft.get(o) != null && report.draft.get(o).types.contains(Vocab.pck("Enterprise")))
                .distinct().toList();
        for (Event e : others) {
            e.date = date;
            e.dateFromContext = true;
            if (e.venue == null && enterprises.size() == 1)
                e.venue = enterprises.get(0);
        }
        return out;
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

    /** Verbs (lemmas) by which guests went somewhere. */
    private static final List<String> WENT = List.of("побывать", "посетить");
    /** The site visit the last sentence recorded, which an event of the next one may turn out to be. */
    private Event lastSiteVisit;

    /**
     * In a visit report, a sentence without an event in which the guests went somewhere: «В старооскольском
     * лицее № 3 москвичи побывали на уроках» records a site visit to the institution, «Гости побывали и на
     * Оскольском электрометаллургическом комбинате» an excursion to the enterprise; both part of the visit.
     * Not a place of the visiting party's own.
     */
    List<Event> placeVisited(Sentence sentence) {
        lastSiteVisit = null;
        if (visit == null || !x.says(sentence, WENT))
            return List.of();
        Node own = visit.delegation ? partyCity() : report.homeCity;
        if (own != null && own.equals(visit.city))
            own = null;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index())) {
            List<Node> cities = report.draft.objects(s.iri(), Vocab.pck("locatedIn"));
            if (!after(sentence, s.from(), "в", "во") || own != null && cities.contains(own)
                    || visit.city != null && !cities.contains(visit.city))
                continue;
            Event e = x.create(EventKinds.SITE_VISIT, false, sentence, s.from(), s.to());
            e.venue = s.iri();
            Draft.Entity entity = report.draft.get(s.iri());
            e.labelHint = "Посещение: " + (entity == null ? report.span(sentence, s.from(), s.to()) : entity.label);
            lastSiteVisit = e;
            return List.of(e);
        }
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index())) {
            Draft.Entity entity = report.draft.get(o.iri());
            if (entity == null || !entity.types.contains(Vocab.pck("Enterprise")) || !after(sentence, o.from(), "на", "в"))
                continue;
            Event e = x.create(EventKinds.EXCURSION, false, sentence, o.from(), o.to());
            e.venue = o.iri();
            e.labelHint = "Экскурсия: " + entity.label;
            return List.of(e);
        }
        return List.of();
    }

    /** Whether a mention at {@code from} follows one of the prepositions, perhaps with a city's adjective between. */
    private boolean after(Sentence sentence, int from, String... prepositions) {
        int k = from - 1;
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.adjective() && p.to() == from)
                k = p.from() - 1; // «в старооскольском лицее № 3»
        if (k < 0)
            return false;
        for (String preposition : prepositions)
            if (sentence.tokens().get(k).is(preposition))
                return true;
        return false;
    }

    /**
     * «На следующий день, 15 октября, делегация побывала в школе № 1286. Учитель физики … провел для гостей
     * мастер-класс «…»»: an undated event of the next sentence in the paragraph is what the guests went there
     * for. It takes the site visit's date and venue, and the site visit is dropped (one event, not two).
     */
    void sameDay(Sentence sentence, List<Event> here) {
        Event site = lastSiteVisit;
        lastSiteVisit = null;
        if (site == null || site.sentence.index() != sentence.index() - 1 || site.sentence.paragraph() != sentence.paragraph())
            return;
        for (Event e : here) {
            if (e == visit || e.sentence != sentence || e.date != null || e.kind == EventKinds.TALK || e.series)
                continue;
            e.date = site.date;
            e.dateFromContext = site.dateFromContext;
            if (e.venue == null)
                e.venue = site.venue;
            x.events.remove(site);
            x.bySentence.put(site.sentence.index(), new java.util.ArrayList<>(List.of(e)));
            e.sentences.add(site.sentence);
            return;
        }
    }

    /** Verbs (lemmas) saying a programme began or ended with an event. */
    private static final List<String> OPENING = List.of("открыться", "начаться");
    private static final List<String> CLOSING = List.of("завершиться", "закончиться");

    /**
     * «Завершилась программа круглым столом «…»», «Открылась стажировка семинаром»: an undated event with which
     * a visit's programme opened or closed is on the first or last day of the visit's range.
     */
    void openingOrClosing(Sentence sentence, List<Event> here) {
        if (visit == null || visit.date == null || visit.date.end() == null
                || visit.date.value().getLiteralLexicalForm().length() != 10)
            return;
        boolean last = x.says(sentence, CLOSING);
        if (!last && !x.says(sentence, OPENING) || !x.says(sentence, List.of("программа", "визит", "стажировка", "поездка")))
            return;
        String day = (last ? visit.date.end() : visit.date.value()).getLiteralLexicalForm();
        for (Event e : here) {
            if (e == visit || e.date != null && !e.dateFromContext || e.kind == EventKinds.TALK)
                continue;
            String note = "The text says the programme " + (last ? "ended" : "opened") + " with it: the "
                    + (last ? "last" : "first") + " day of the visit of " + visit.date.value().getLiteralLexicalForm()
                    + " to " + visit.date.end().getLiteralLexicalForm() + ".";
            e.date = new Mentions.Date(DateExtractor.typed(day, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                    null, e.from, e.to, false, note);
            e.dateFromContext = true;
        }
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
        if (visit == null || !visit.delegation)
            return;
        Node own = partyCity();
        if (own == null || own.equals(visit.city))
            return;
        boolean home = own.equals(report.homeCity);
        for (Sentence sentence : report.sentences) {
            // Who the party is: said where the delegation is named, or in the paragraph that introduces it
            // («… делегация … прошла стажировку. В Москву приехали директора школ № 32, 40 и 64 …»).
            boolean composition = x.says(sentence, List.of("делегация")) || visit.party != null
                    && sentence.paragraph() == visit.party.paragraph();
            // «В делегацию вошли …»: who the sentence says the party is made of, from whichever city of theirs.
            boolean members = composition && x.says(sentence, List.of("войти", "входить", "состав"));
            for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
                if (report.draft.objects(s.iri(), Vocab.pck("locatedIn")).contains(own) || members && visit.city != null
                        && !report.draft.objects(s.iri(), Vocab.pck("locatedIn")).contains(visit.city)) {
                    // A party from elsewhere than the report's city (Moscow teachers visiting it) is only who the report says it is.
                    if (home || composition)
                        visit.participants.add(s.iri());
                    if (composition)
                        visit.members.add(s.iri());
                }
            if (x.says(sentence, List.of("возглавить")) && x.says(sentence, List.of("делегация", "группа")))
                for (Mentions.Person p : report.list(report.people, sentence.index()))
                    visit.participants.add(p.iri());
        }
    }

    /**
     * The city the travelling party is from: the one named right after its noun («делегация … Нижнего Тагила»,
     * «команда педагогов двух московских школ»), else the report's own city.
     */
    private Node partyCity() {
        if (visit.party == null)
            return report.homeCity;
        List<Token> t = visit.party.tokens();
        int at = visit.partyFrom;
        for (Mentions.Place p : report.list(report.places, visit.party.index()))
            if ("city".equals(kindOf(p.iri())) && p.from() > at && p.from() - at <= 6 && !t.get(p.from() - 1).is("в")
                    && !t.get(p.from() - 1).is("во"))
                return p.iri();
        return report.homeCity;
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
