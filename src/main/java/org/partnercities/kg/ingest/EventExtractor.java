package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Events of our kinds: a noun that names one («семинара», «круглого стола», «видеоконференции»)
 * with its title in quotes, a visit («посетила Магнитогорск»), a series («ежемесячных
 * видеоконференциях», «цикл семинаров»). An event mentioned again by its title or kind is the same
 * event; an untitled, undated mention of a kind refers to the last event of that kind. Each event
 * takes the date nearest to it in its sentence, its venue («на базе», «на этой площадке»), its
 * participants (schools and people in a sentence that says they took part, also the sentence after)
 * and speakers (people in a sentence that says they spoke, who also get a talk of their own). In a
 * report about a visit, what happens after it is part of it, on its date, with its delegation.
 * Events are built here and written into the draft by {@link EventWriter}.
 */
final class EventExtractor {

    private static final int TITLE_WINDOW = 14;

    private final Report report;
    final List<Event> events = new ArrayList<>();
    private final Map<Integer, List<Event>> bySentence = new HashMap<>();
    private final Map<Integer, Integer> sectionOf = new HashMap<>();
    private final Map<Integer, String> headings = new HashMap<>();
    private Event visit;

    EventExtractor(Report report) {
        this.report = report;
    }

    static List<Event> extract(Report report) {
        EventExtractor extractor = new EventExtractor(report);
        extractor.sections();
        for (Sentence sentence : report.sentences)
            extractor.sentence(sentence);
        extractor.sectionPresenters();
        extractor.siteVisits();
        extractor.visitContext();
        return extractor.events;
    }

    /** Headings: lines that do not end a sentence; each starts a section that runs to the next. */
    private void sections() {
        int section = -1;
        int paragraph = -1;
        for (Sentence sentence : report.sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                if (heading(paragraph)) {
                    section = paragraph;
                    headings.put(section, sentence.text().replaceAll("[.]$", ""));
                }
            }
            sectionOf.put(sentence.index(), section);
        }
    }

    private boolean heading(int paragraph) {
        List<Sentence> lines = report.sentences.stream().filter(s -> s.paragraph() == paragraph).toList();
        String last = lines.get(lines.size() - 1).text();
        char end = last.charAt(last.length() - 1);
        int length = lines.stream().mapToInt(s -> s.text().length()).sum();
        return ".!?…:;".indexOf(end) < 0 && length < 200 && lines.size() <= 2;
    }

    boolean isHeading(Sentence sentence) {
        return headings.containsKey(sentence.paragraph()) && sectionOf.get(sentence.index()) == sentence.paragraph();
    }

    private void sentence(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Event> here = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (report.inQuotes(sentence, i)) {
                Event referenced = quotedReference(sentence, i);
                if (referenced != null && !here.contains(referenced)) {
                    here.add(referenced);
                    referenced.sentences.add(sentence);
                }
                continue;
            }
            EventKinds.Kind kind = kindAt(t, i);
            if (kind != null) {
                List<Event> found = trigger(sentence, i, kind);
                for (Event e : found)
                    if (!here.contains(e))
                        here.add(e);
                continue;
            }
            if (report.morphology.hasLemma(t.get(i).text(), "посетить")) {
                Mentions.Place place = OrganisationExtractor.placeAt(report, sentence, i + 1);
                if (place != null) {
                    Event v = create(EventKinds.VISIT, false, sentence, i, place.to());
                    v.city = place.iri();
                    v.format = "in-person";
                    v.labelHint = "Визит в " + report.span(sentence, place.from(), place.to());
                    if (visit == null)
                        visit = v;
                    here.add(v);
                }
            }
        }
        bySentence.put(sentence.index(), here);
        if (here.isEmpty()) {
            continuation(sentence);
            return;
        }
        for (Event e : here)
            e.sentences.add(sentence);
        dates(sentence, here);
        venues(sentence, here);
        people(sentence, here);
        formats(sentence, here);
        talks(sentence, here);
        withinOther(sentence, here);
    }

    EventKinds.Kind kindAt(List<Token> t, int i) {
        Token token = t.get(i);
        if (!token.isWord())
            return null;
        String lower = token.lower();
        if (lower.startsWith("мастер-класс"))
            return EventKinds.MASTER_CLASS;
        if (report.morphology.hasLemma(token.text(), "стол") && i > 0 && report.morphology.hasLemma(t.get(i - 1).text(), "круглый"))
            return EventKinds.ROUND_TABLE;
        for (String lemma : report.morphology.lemmas(token.text()))
            if (EventKinds.NOUNS.containsKey(lemma))
                return EventKinds.NOUNS.get(lemma);
        if (report.morphology.readings(token.text()).isEmpty()) {
            // A word the dictionary does not know («вебинаров»): its ending off.
            for (String ending : new String[] {"ами", "ах", "ам", "ов", "ом", "е", "а", "у", "ы", "и"})
                if (lower.endsWith(ending) && EventKinds.NOUNS.containsKey(lower.substring(0, lower.length() - ending.length())))
                    return EventKinds.NOUNS.get(lower.substring(0, lower.length() - ending.length()));
        }
        if (lower.indexOf('-') > 0) {
            String[] parts = lower.split("-");
            for (String part : new String[] {parts[0], parts[parts.length - 1]})
                for (String lemma : report.morphology.lemmas(part))
                    if (EventKinds.NOUNS.containsKey(lemma))
                        return EventKinds.NOUNS.get(lemma);
        }
        return null;
    }

    private boolean plural(Token token) {
        String word = token.text().contains("-") ? token.text().substring(token.text().lastIndexOf('-') + 1) : token.text();
        List<Morphology.Reading> readings = report.morphology.readings(word);
        if (readings.isEmpty())
            return word.matches(".*(ов|ах|ами|ам|ы|и)");
        return !readings.isEmpty() && readings.stream().filter(Morphology.Reading::noun).allMatch(Morphology.Reading::plural);
    }

    private List<Event> trigger(Sentence sentence, int i, EventKinds.Kind kind) {
        List<Token> t = sentence.tokens();
        int from = kind == EventKinds.ROUND_TABLE ? i - 1 : i;
        boolean series = false;
        String frequency = null;
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (report.morphology.hasLemma(t.get(k).text(), "цикл"))
                series = true;
            if (report.morphology.hasLemma(t.get(k).text(), "ежемесячный")) {
                series = true;
                frequency = "ежемесячно";
            }
        }
        boolean first = from > 0 && report.morphology.hasLemma(t.get(from - 1).text(), "первый");
        List<String> titles = titles(sentence, i);
        List<Event> found = new ArrayList<>();
        if (!titles.isEmpty()) {
            for (String title : titles) {
                Event known = byTitle(title, kind);
                if (known != null) {
                    found.add(known);
                    continue;
                }
                Event e = create(kind, series, sentence, from, i + 1);
                e.title = title;
                e.titleKey = titleKey(title);
                e.frequency = frequency;
                found.add(e);
            }
            return found;
        }
        for (Event e : events)
            if (e.sentence == sentence && e.kind == kind && !e.series == !series)
                return List.of(e); // «марафон-абонемент «…»; … к марафону»: the same one
        boolean dated = dateIsNearest(sentence, i);
        if (series) {
            Event e = create(kind, true, sentence, from, i + 1);
            e.frequency = frequency;
            found.add(e);
            return found;
        }
        Event last = lastOf(kind);
        if (first && last != null && last.series) {
            Event e = create(kind, false, sentence, from, i + 1);
            e.partOf.add(last);
            e.date = last.date;
            e.dateFromContext = true;
            e.labelHint = "Первое мероприятие цикла: " + label(last);
            found.add(e);
            return found;
        }
        if (!plural(t.get(i)) && dated && kind != EventKinds.VISIT) {
            Event e = create(kind, false, sentence, from, i + 1);
            if (last != null && last.series)
                e.partOf.add(last);
            found.add(e);
            return found;
        }
        if (last != null) {
            found.add(last);
            return found;
        }
        if (!plural(t.get(i)) && (kind == EventKinds.EXCURSION || kind == EventKinds.CONSULTATION || kind == EventKinds.VISIT)) {
            found.add(create(kind, false, sentence, from, i + 1));
        }
        return found;
    }

    /** Whether a date of the sentence is nearer this trigger than any other trigger of the sentence. */
    private boolean dateIsNearest(Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        List<Integer> triggers = new ArrayList<>();
        for (int k = 0; k < t.size(); k++)
            if (!report.inQuotes(sentence, k) && kindAt(t, k) != null)
                triggers.add(k);
        for (Mentions.Date date : report.list(report.dates, sentence.index())) {
            if ("school-year".equals(date.note()) || report.inQuotes(sentence, date.from()))
                continue;
            int best = triggers.stream().min((a, b) -> Integer.compare(Math.abs(a - date.from()), Math.abs(b - date.from())))
                    .orElse(i);
            if (best == i)
                return true;
        }
        return false;
    }

    static String label(Event e) {
        return e.title != null ? e.kind.russian() + " «" + e.title + "»" : e.labelHint != null ? e.labelHint : e.kind.russian();
    }

    private Event create(EventKinds.Kind kind, boolean series, Sentence sentence, int from, int to) {
        Event e = new Event(kind, series, sentence, from, to);
        Integer section = sectionOf.get(sentence.index());
        if (section != null && section >= 0)
            e.heading = headings.get(section);
        events.add(e);
        return e;
    }

    /** Titles in quotes that follow the trigger within a few words: one, or a list («A», «B», «C»). */
    private List<String> titles(Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        List<String> titles = new ArrayList<>();
        int k = i + 1;
        while (k < t.size() && k - i <= TITLE_WINDOW) {
            String text = t.get(k).text();
            if (text.equals("«") || text.equals("\"") || text.equals("“"))
                break;
            if (text.equals(";") || text.equals(".") || kindAt(t, k) != null
                    || report.morphology.hasLemma(t.get(k).text(), "посетить")
                    || InstitutionExtractor.kindOf(report, t, k) != null // «лицея «Развитие»»: the institution's name
                    || t.get(k).isWord() && report.morphology.lemmas(t.get(k).text()).stream().anyMatch(OWN_NAMES::contains))
                return titles; // «в рамках проекта «…»»: the title is the project's, not the event's
            k++;
        }
        if (k < t.size() && plural(t.get(i)) && !seriesBefore(t, i) && !t.get(k - 1).text().equals(":"))
            return titles; // «мастер-классы …: «A», «B»» lists titles; a plural without a list is no title
        while (k < t.size()) {
            int[] span = quoteAt(sentence, k);
            if (span == null)
                break;
            titles.add(report.span(sentence, span[0] + 1, span[1] - 1));
            k = span[1];
            if (k + 1 < t.size() && (t.get(k).text().equals(",") || t.get(k).is("и")) && quoteAt(sentence, k + 1) != null
                    && plural(t.get(i)))
                k++;
            else
                break;
        }
        return titles;
    }

    private static final Set<String> OWN_NAMES = Set.of("рамка", "проект", "программа", "ресурс", "кластер");

    private boolean seriesBefore(List<Token> t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++)
            if (report.morphology.hasLemma(t.get(k).text(), "цикл"))
                return true;
        return false;
    }

    private int[] quoteAt(Sentence sentence, int k) {
        for (int[] span : report.quotes.get(sentence.index()))
            if (span[0] == k)
                return span;
        return null;
    }

    /** A quoted title that names an event the report already has («в «Сити-марафоне»»). */
    private Event quotedReference(Sentence sentence, int i) {
        int[] span = quoteAt(sentence, i);
        if (span == null)
            return null;
        String key = titleKey(report.span(sentence, span[0] + 1, span[1] - 1));
        for (int e = events.size() - 1; e >= 0; e--)
            if (events.get(e).titleKey != null && matches(events.get(e).titleKey, key))
                return events.get(e);
        return null;
    }

    private Event byTitle(String title, EventKinds.Kind kind) {
        String key = titleKey(title);
        for (Event e : events)
            if (e.titleKey != null && matches(e.titleKey, key))
                return e;
        return null;
    }

    private static boolean matches(String a, String b) {
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    /** Lemmas of a title's words: «Сити-марафоне» and «Сити-марафон онлайн» share "сити-марафон". */
    String titleKey(String title) {
        List<String> words = new ArrayList<>();
        for (Token token : Sentences.tokenize(title, 0, title.length())) {
            if (!token.isWord() && !token.isNumber())
                continue;
            String text = token.lower();
            if (text.indexOf('-') > 0) {
                String head = text.substring(0, text.lastIndexOf('-') + 1);
                words.add(head + report.morphology.lemmas(text.substring(text.lastIndexOf('-') + 1)).get(0));
            } else {
                words.add(report.morphology.lemmas(text).get(0));
            }
        }
        return String.join(" ", words);
    }

    private Event lastOf(EventKinds.Kind kind) {
        for (int e = events.size() - 1; e >= 0; e--)
            if (events.get(e).kind == kind)
                return events.get(e);
        return null;
    }

    private int distance(Event e, Sentence sentence, int token) {
        return e.sentence == sentence ? Math.abs(e.from - token) : Integer.MAX_VALUE / 2;
    }

    private Event nearest(List<Event> here, Sentence sentence, int token) {
        Event best = null;
        for (Event e : here)
            if (best == null || distance(e, sentence, token) < distance(best, sentence, token))
                best = e;
        return best;
    }

    private void dates(Sentence sentence, List<Event> here) {
        for (Mentions.Date date : report.list(report.dates, sentence.index())) {
            if (report.inQuotes(sentence, date.from()) || date.note() != null && date.note().equals("school-year"))
                continue;
            List<Event> undated = here.stream().filter(e -> e.date == null || e.dateFromContext).toList();
            Event e = nearest(undated.isEmpty() ? here : undated, sentence, date.from());
            if (e != null && (e.date == null || e.dateFromContext)) {
                e.date = date;
                e.dateFromContext = false;
            }
        }
        java.util.regex.Matcher time = TIME.matcher(sentence.text());
        if (time.find())
            here.get(0).startTime = time.group(1);
    }

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("\\bв (\\d{1,2}:\\d{2})\\b");

    private void venues(Sentence sentence, List<Event> here) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            Node venue = null;
            int at = -1;
            if (t.get(i).is("на") && report.morphology.hasLemma(t.get(i + 1).text(), "база")) {
                at = i + 2;
                venue = agentAt(sentence, at);
            } else if (t.get(i).is("на") && report.morphology.hasLemma(t.get(i + 1).text(), "этот") && i + 2 < t.size()
                    && report.morphology.hasLemma(t.get(i + 2).text(), "площадка")) {
                at = i;
                venue = lastInstitutionBefore(sentence);
            } else if (t.get(i).is("на") && i > 0 && kindAt(t, i - 1) != null) {
                at = i + 1;
                venue = agentAt(sentence, at);
                Event e = nearest(here, sentence, i);
                if (venue != null && e != null && e.labelHint == null && e.title == null)
                    e.labelHint = report.span(sentence, e.from, organisationEnd(sentence, at));
            }
            if (venue != null) {
                Event e = nearest(here, sentence, at);
                if (e != null && e.venue == null)
                    e.venue = venue;
            }
        }
    }

    private int organisationEnd(Sentence sentence, int at) {
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() == at)
                return o.to();
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == at)
                return s.to();
        return at + 1;
    }

    private Node agentAt(Sentence sentence, int at) {
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == at || s.from() == at + 1)
                return s.iri();
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() == at || o.from() == at + 1)
                return o.iri();
        return null;
    }

    private Node lastInstitutionBefore(Sentence sentence) {
        Integer section = sectionOf.get(sentence.index());
        for (int s = sentence.index(); s >= 0; s--) {
            if (section != null && section >= 0 && !section.equals(sectionOf.get(s)))
                break;
            List<Mentions.Institution> list = report.list(report.institutions, s);
            if (!list.isEmpty())
                return list.get(list.size() - 1).iri();
        }
        return null;
    }

    private boolean says(Sentence sentence, List<String> lemmas) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            if (token.isWord() && !report.inQuotes(sentence, i))
                for (String lemma : report.morphology.lemmas(token.text()))
                    if (lemmas.contains(lemma))
                        return true;
        }
        return false;
    }

    /** Institutions that are the organisation of a named person's role in this sentence: not participants of their own. */
    private Set<Node> roleOrganisations(Sentence sentence) {
        Set<Node> organisations = new HashSet<>();
        for (Draft.Fact fact : report.draft.facts())
            if (fact.predicate().equals(Vocab.ORGANIZATION) && fact.evidence() != null
                    && fact.evidence().sentence() == sentence.index())
                organisations.add(fact.object());
        return organisations;
    }

    private void people(Sentence sentence, List<Event> here) {
        boolean participation = says(sentence, EventKinds.PARTICIPATION);
        boolean speaking = says(sentence, EventKinds.SPEAKING);
        Set<Node> roleOrganisations = roleOrganisations(sentence);
        if (participation) {
            for (Mentions.Institution s : report.list(report.institutions, sentence.index())) {
                Event e = nearest(here, sentence, s.from());
                if (e != null && !s.iri().equals(e.venue) && !roleOrganisations.contains(s.iri()))
                    e.participants.add(s.iri());
            }
        }
        for (Mentions.Person p : report.list(report.people, sentence.index())) {
            Event e = nearest(here, sentence, p.from());
            if (e == null)
                continue;
            if (speaking)
                e.speakers.add(p.iri());
            else if (participation)
                e.participants.add(p.iri());
        }
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index())) {
            Draft.Entity entity = report.draft.get(o.iri());
            if (entity == null || !entity.types.contains(Vocab.pck("Group")))
                continue;
            for (Event e : here)
                if (e.kind == EventKinds.MASTER_CLASS && e.sentence == sentence)
                    e.presenters.add(o.iri());
        }
    }

    private void formats(Sentence sentence, List<Event> here) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        String format = lower.contains("дистанцион") || lower.contains("онлайн") || lower.contains("видеоконференц")
                || lower.contains("вебинар") ? "distance" : lower.contains("очн") ? "in-person" : null;
        for (Event e : here) {
            if (e.format == null && e.sentence == sentence) {
                if (e.kind == EventKinds.VIDEOCONFERENCE || e.title != null && e.title.toLowerCase(Locale.ROOT).contains("онлайн"))
                    e.format = "distance";
                else if (format != null && (here.size() == 1 || format.equals("distance") == lower.contains("дистанцион")))
                    e.format = format;
            }
        }
    }

    /** A person who speaks at an event gets a talk of their own, part of it; «Тема выступления: «…»» titles the last talk. */
    private void talks(Sentence sentence, List<Event> here) {
        if (!says(sentence, EventKinds.SPEAKING))
            return;
        for (Event e : List.copyOf(here)) {
            if (e.kind == EventKinds.TALK || e.speakers.isEmpty() || e.series)
                continue;
            for (Node speaker : e.speakers) {
                Event talk = create(EventKinds.TALK, false, sentence, e.from, e.to);
                talk.partOf.add(e);
                talk.speakers.add(speaker);
                talk.date = e.date;
                talk.dateFromContext = true;
                talk.format = e.format;
                Draft.Entity person = report.draft.get(speaker);
                talk.labelHint = "Выступление: " + (person == null ? "" : person.label);
            }
        }
    }

    private void continuation(Sentence sentence) {
        List<Token> t = sentence.tokens();
        if (t.size() > 2 && t.get(0).is("тема") && report.morphology.hasLemma(t.get(1).text(), "выступление")) {
            Event talk = lastOf(EventKinds.TALK);
            int[] quote = report.quotes.get(sentence.index()).stream().findFirst().orElse(null);
            if (talk != null && quote != null && talk.title == null) {
                talk.title = report.span(sentence, quote[0] + 1, quote[1] - 1);
                talk.titleKey = titleKey(talk.title);
                talk.sentences.add(sentence);
            }
            return;
        }
        if (sentence.index() == 0)
            return;
        List<Event> previous = bySentence.getOrDefault(sentence.index() - 1, List.of());
        Sentence before = report.sentences.get(sentence.index() - 1);
        if (previous.isEmpty() || before.paragraph() != sentence.paragraph())
            return;
        Event e = previous.get(previous.size() - 1);
        List<Mentions.Person> people = report.list(report.people, sentence.index());
        if (says(sentence, EventKinds.SPEAKING) && !people.isEmpty() && !e.series) {
            // «С докладом «…» выступил …» right after the event: its speaker, with a talk if the talk has a title.
            for (Mentions.Person p : people)
                e.speakers.add(p.iri());
            int[] quote = report.quotes.get(sentence.index()).stream().findFirst().orElse(null);
            if (quote != null && quote[0] > 0 && (report.morphology.hasLemma(t.get(quote[0] - 1).text(), "доклад")
                    || report.morphology.hasLemma(t.get(quote[0] - 1).text(), "выступление"))) {
                Event talk = create(EventKinds.TALK, false, sentence, quote[0] - 1, quote[1]);
                talk.partOf.add(e);
                talk.speakers.add(people.get(0).iri());
                talk.title = report.span(sentence, quote[0] + 1, quote[1] - 1);
                talk.titleKey = titleKey(talk.title);
                talk.date = e.date;
                talk.dateFromContext = true;
                talk.format = e.format;
            }
            e.sentences.add(sentence);
            return;
        }
        if (!says(sentence, EventKinds.PARTICIPATION))
            return;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (!s.iri().equals(e.venue))
                e.participants.add(s.iri());
        e.sentences.add(sentence);
    }

    /** «В рамках Форума прошёл круглый стол …»: the new event is part of the one it is within. */
    private void withinOther(Sentence sentence, List<Event> here) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!(t.get(i).is("в") && report.morphology.hasLemma(t.get(i + 1).text(), "рамка")))
                continue;
            EventKinds.Kind kind = kindAt(t, i + 2);
            Event outer = null;
            for (Event e : here)
                if (e.from == i + 2 || e.from == i + 3 && kind == EventKinds.ROUND_TABLE)
                    outer = e;
            if (outer == null && kind != null)
                outer = lastOf(kind);
            if (outer == null)
                continue;
            for (Event e : here)
                if (e != outer && e.sentence == sentence && e.from > i + 2)
                    e.partOf.add(outer);
        }
    }

    /** In a section, people and schools who present something (without an event of their own) present its events. */
    private void sectionPresenters() {
        Map<Integer, List<Node>> presenters = new HashMap<>();
        for (Sentence sentence : report.sentences) {
            Integer section = sectionOf.get(sentence.index());
            if (section == null || section < 0 || !bySentence.getOrDefault(sentence.index(), List.of()).isEmpty()
                    || !says(sentence, EventKinds.SPEAKING))
                continue;
            List<Node> list = presenters.computeIfAbsent(section, k -> new ArrayList<>());
            report.list(report.institutions, sentence.index()).forEach(s -> list.add(s.iri()));
            report.list(report.people, sentence.index()).forEach(p -> list.add(p.iri()));
        }
        for (Event e : events) {
            Integer section = sectionOf.get(e.sentence.index());
            if (section != null && presenters.containsKey(section) && e.kind != EventKinds.TALK)
                e.presenters.addAll(presenters.get(section));
        }
    }

    /** In a visit report, a section that describes a school of the visited city without an event records a visit to it. */
    private void siteVisits() {
        if (visit == null)
            return;
        Set<Integer> withEvents = new HashSet<>();
        for (Event e : events)
            withEvents.add(sectionOf.get(e.sentence.index()));
        for (Map.Entry<Integer, String> heading : headings.entrySet()) {
            if (withEvents.contains(heading.getKey()))
                continue;
            for (Sentence sentence : report.sentences) {
                if (!Integer.valueOf(heading.getKey()).equals(sectionOf.get(sentence.index())) || isHeading(sentence))
                    continue;
                List<Mentions.Institution> schools = report.list(report.institutions, sentence.index());
                if (schools.isEmpty())
                    continue;
                Node school = schools.get(0).iri();
                boolean inCity = visit.city == null || report.draft.objects(school, Vocab.pck("locatedIn")).contains(visit.city);
                if (!inCity)
                    continue;
                Event e = create(EventKinds.SITE_VISIT, false, sentence, schools.get(0).from(), schools.get(0).to());
                e.venue = school;
                e.title = heading.getValue();
                e.titleKey = titleKey(e.title);
                e.confidence = 0.5;
                Draft.Entity entity = report.draft.get(school);
                e.labelHint = "Посещение: " + (entity == null ? "" : entity.label);
                break;
            }
        }
    }

    /** Events after a visit, in its report, are part of it: its date, city and delegation unless they say otherwise. */
    private void visitContext() {
        if (visit == null)
            return;
        boolean after = false;
        for (Event e : List.copyOf(events)) {
            if (e == visit) {
                after = true;
                continue;
            }
            if (!after || e.series)
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
