package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Who takes part in events and who speaks: schools and people in a sentence that says they took
 * part (also the next sentence of the paragraph), people in a sentence that says they spoke (each
 * with a talk of their own, titled by «Тема выступления: «…»» or «С докладом «…»»), groups that
 * give master classes, and in a section the people and schools who present something without an
 * event of their own.
 */
final class EventPeople {

    private final EventExtractor x;
    private final Report report;

    EventPeople(EventExtractor extractor) {
        this.x = extractor;
        this.report = extractor.report;
    }

    /** Participants and speakers of the events of a sentence, each to the nearest event; groups present master classes. */
    void people(Sentence sentence, List<Event> here) {
        int underwent = underwent(sentence, here);
        boolean participation = x.says(sentence, EventKinds.PARTICIPATION) || cameTo(sentence, here) || underwent >= 0;
        Set<Node> hosts = underwent >= 0 ? hostsAfter(sentence, here, underwent) : Set.of();
        boolean saysSpeaking = x.says(sentence, EventKinds.SPEAKING);
        boolean speaking = saysSpeaking || opened(sentence, here);
        // «провели семинар» alone: they ran it (presenters), they did not speak at it with talks of their own.
        boolean running = saysSpeaking && !x.says(sentence, EventKinds.SPEAKING.stream().filter(l -> !l.equals(RUN)).toList());
        Set<Node> roleOrganisations = Agents.roleOrganisations(report, sentence);
        if (participation) {
            for (Mentions.Institution s : report.list(report.institutions, sentence.index())) {
                Event e = EventExtractor.nearest(here, sentence, s.from());
                if (e != null && !s.iri().equals(e.venue) && !roleOrganisations.contains(s.iri()) && !visited(sentence, s)
                        && !hosts.contains(s.iri()))
                    e.participants.add(s.iri());
            }
        }
        for (Mentions.Institution s : speakingInstitutions(sentence)) {
            Event e = EventExtractor.nearest(here, sentence, s.from());
            if (e != null && !s.iri().equals(e.venue))
                e.presenters.add(s.iri());
        }
        for (Mentions.Person p : report.list(report.people, sentence.index())) {
            Event e = EventExtractor.nearest(here, sentence, p.from());
            if (e == null)
                continue;
            if (running)
                e.presenters.add(p.iri());
            else if (speaking)
                e.speakers.add(p.iri());
            else if (participation)
                e.participants.add(p.iri());
        }
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index())) {
            Draft.Entity entity = report.draft.get(o.iri());
            if (entity == null || !entity.types.contains(Vocab.pck("Group")))
                continue;
            // «провели для педагогов города мастер-класс»: a group it was given for is its audience, not who gave it.
            boolean audience = o.from() > 0 && sentence.tokens().get(o.from() - 1).is("для");
            for (Event e : here)
                if (e.kind == EventKinds.MASTER_CLASS && e.sentence == sentence)
                    (audience ? e.participants : e.presenters).add(o.iri());
        }
    }

    /**
     * «Семинар открыла заместитель директора …», «открыл круглый стол …»: «открыть» right beside an event noun of the
     * sentence; whoever opened the event spoke at it (no talk of their own is made for it).
     */
    private boolean opened(Sentence sentence, List<Event> here) {
        List<Token> t = sentence.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (!t.get(k).isWord() || !report.morphology.hasLemma(t.get(k).text(), "открыть"))
                continue;
            for (int n : new int[] {k - 1, k + 1})
                if (n >= 0 && n < t.size() && x.triggers.kindAt(t, n) != null && !here.isEmpty())
                    return true;
        }
        return false;
    }

    private static final String RUN = "провести";

    /**
     * Institutions right before a verb of speaking, its subject: «На той же видеоконференции ГБОУ Школа № 1286
     * рассказала о своей модели», «детский сад № 108 «Родничок» показал …»; also right after a pronoun and
     * «провести» («Его провел московский Колледж малого бизнеса № 4»).
     */
    private List<Mentions.Institution> speakingInstitutions(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Mentions.Institution> found = new ArrayList<>();
        for (Mentions.Institution s : report.list(report.institutions, sentence.index())) {
            int next = s.to();
            if (next < t.size() && t.get(next).text().equals("«")) {
                int close = OrganisationExtractor.closing(t, next);
                next = close < 0 ? next : close + 1; // «детский сад № 108 «Родничок» показал»
            }
            boolean before = next < t.size() && t.get(next).isWord() && speaks(t.get(next));
            boolean ranBy = s.from() >= 2 && PRONOUNS.contains(t.get(s.from() - 2).lower()) && report.morphology.hasLemma(t.get(s.from() - 1).text(), RUN)
                    || s.from() >= 3 && PRONOUNS.contains(t.get(s.from() - 3).lower()) && report.morphology.hasLemma(t.get(s.from() - 2).text(), RUN)
                            && report.list(report.places, sentence.index()).stream().anyMatch(p -> p.adjective() && p.to() == s.from());
            if (before || ranBy)
                found.add(s);
        }
        return found;
    }

    private static final Set<String> PRONOUNS = Set.of("его", "ее", "их");

    private boolean speaks(Token token) {
        return EventKinds.SPEAKING.stream().filter(l -> !l.equals("доклад") && !l.equals("выступление"))
                .anyMatch(l -> report.morphology.hasLemma(token.text(), l));
    }

    /**
     * «педагоги лицея № 21 прошли стажировку», «пройдут стажировку»: «пройти» with an event noun that can only be its
     * object (no nominative reading, so not «прошёл семинар», where the event is the subject). The index of the event
     * noun, or -1.
     */
    private int underwent(Sentence sentence, List<Event> here) {
        List<Token> t = sentence.tokens();
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).isWord() || !report.morphology.hasLemma(t.get(k).text(), "пройти") || x.triggers.kindAt(t, k + 1) == null)
                continue;
            int noun = k + 1;
            List<Morphology.Reading> readings = report.morphology.readings(t.get(noun).text());
            if (!readings.isEmpty() && readings.stream().filter(Morphology.Reading::noun).noneMatch(Morphology.Reading::nominative)
                    && here.stream().anyMatch(e -> e.sentence == sentence && e.from == noun))
                return noun;
        }
        return -1;
    }

    /**
     * «прошли стажировку в ГБОУ Школа № 1329», «… в московских школах № 1208 и № 1580»: the institutions right after
     * «в» that follows the event noun host it, they do not take part; a single one is its venue.
     */
    private Set<Node> hostsAfter(Sentence sentence, List<Event> here, int noun) {
        List<Token> t = sentence.tokens();
        Set<Node> hosts = new java.util.LinkedHashSet<>();
        if (noun + 2 >= t.size() || !(t.get(noun + 1).is("в") || t.get(noun + 1).is("во")))
            return hosts;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == noun + 2 || s.from() == noun + 3 && t.get(noun + 2).isWord()
                    && report.morphology.readings(t.get(noun + 2).text()).stream().anyMatch(Morphology.Reading::adjective))
                hosts.add(s.iri());
        for (Event e : here)
            if (e.sentence == sentence && e.from == noun && e.venue == null && hosts.size() == 1)
                e.venue = hosts.iterator().next();
        return hosts;
    }

    /** Verbs (lemmas) of coming to an event: «На семинар пришли учителя …». */
    private static final List<String> COMING = List.of("прийти", "приехать", "собраться", "подключиться");

    /** «На семинар пришли учителя школ № 11, 27 и 40»: people came «на» or «к» an event of the sentence. */
    private boolean cameTo(Sentence sentence, List<Event> here) {
        if (!x.says(sentence, COMING))
            return false;
        List<Token> t = sentence.tokens();
        for (int k = 1; k < t.size(); k++)
            if ((t.get(k - 1).is("на") || t.get(k - 1).is("к")) && !report.inQuotes(sentence, k) && x.triggers.kindAt(t, k) != null)
                return true;
        return false;
    }

    /** «познакомились с работой гимназии № 53»: the school whose work was seen is visited, it does not take part. */
    private boolean visited(Sentence sentence, Mentions.Institution s) {
        List<Token> t = sentence.tokens();
        int k = s.from() - 1;
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.adjective() && p.to() == s.from())
                k = p.from() - 1; // «с работой магнитогорской гимназии»
        if (k < 1 || !t.get(k - 1).is("с"))
            return false;
        String word = t.get(k).text();
        return WORK.stream().anyMatch(w -> report.morphology.hasLemma(word, w));
    }

    private static final List<String> WORK = List.of("работа", "опыт", "деятельность");

    /** A person who speaks at an event gets a talk of their own, part of it. */
    void talks(Sentence sentence, List<Event> here) {
        if (!x.says(sentence, EventKinds.SPEAKING))
            return;
        for (Event e : List.copyOf(here)) {
            if (e.kind == EventKinds.TALK || e.speakers.isEmpty() || e.series)
                continue;
            for (Node speaker : e.speakers) {
                if (hasTalk(e, speaker))
                    continue; // a later sentence about the same event («На той же видеоконференции …») gives no second talk
                Event talk = x.create(EventKinds.TALK, false, sentence, e.from, e.to);
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

    private boolean hasTalk(Event e, Node speaker) {
        for (Event talk : x.events)
            if (talk.kind == EventKinds.TALK && talk.partOf.contains(e) && talk.speakers.contains(speaker))
                return true;
        return false;
    }

    /**
     * A sentence without an event of its own: «Тема выступления: «…»» titles the last talk; right after
     * an event in the same paragraph, its speakers («С докладом «…» выступил …») or participants.
     */
    void continuation(Sentence sentence) {
        List<Token> t = sentence.tokens();
        if (t.size() > 2 && t.get(0).is("тема") && report.morphology.hasLemma(t.get(1).text(), "выступление")) {
            Event talk = x.lastOf(EventKinds.TALK);
            int[] quote = report.quotes.get(sentence.index()).stream().findFirst().orElse(null);
            if (talk != null && quote != null && talk.title == null) {
                x.titles.title(talk, report.span(sentence, quote[0] + 1, quote[1] - 1));
                talk.sentences.add(sentence);
            }
            return;
        }
        if (sentence.index() == 0)
            return;
        if (teams(sentence))
            return;
        List<Event> previous = x.bySentence.getOrDefault(sentence.index() - 1, List.of());
        Sentence before = report.sentences.get(sentence.index() - 1);
        if (previous.isEmpty() || before.paragraph() != sentence.paragraph()) {
            if (!talkOfItsOwn(sentence))
                joined(sentence);
            return;
        }
        Event e = previous.get(previous.size() - 1);
        dateFromNext(sentence, e);
        for (Mentions.Institution s : speakingInstitutions(sentence))
            if (!s.iri().equals(e.venue) && !e.series)
                e.presenters.add(s.iri());
        List<Mentions.Person> people = report.list(report.people, sentence.index());
        if (x.says(sentence, EventKinds.SPEAKING) && !people.isEmpty() && !e.series) {
            // «С докладом «…» выступил …» right after the event: its speaker, with a talk if the talk has a title.
            for (Mentions.Person p : people)
                e.speakers.add(p.iri());
            int[] quote = report.quotes.get(sentence.index()).stream().findFirst().orElse(null);
            if (quote != null && quote[0] > 0 && (report.morphology.hasLemma(t.get(quote[0] - 1).text(), "доклад")
                    || report.morphology.hasLemma(t.get(quote[0] - 1).text(), "выступление"))) {
                Event talk = x.create(EventKinds.TALK, false, sentence, quote[0] - 1, quote[1]);
                talk.partOf.add(e);
                talk.speakers.add(people.get(0).iri());
                x.titles.title(talk, report.span(sentence, quote[0] + 1, quote[1] - 1));
                talk.date = e.date;
                talk.dateFromContext = true;
                talk.format = e.format;
            }
            e.sentences.add(sentence);
            return;
        }
        if (!x.says(sentence, EventKinds.PARTICIPATION))
            return;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index())) {
            if (wentTo(sentence, s)) {
                if (e.venue == null)
                    e.venue = s.iri(); // «группа директоров … приедет в ГБОУ Школа № 1514, где познакомится …»: where they go
                continue;
            }
            if (!s.iri().equals(e.venue))
                e.participants.add(s.iri());
        }
        e.sentences.add(sentence);
    }

    /**
     * «Следующий шаг — очная стажировка. В марте 2024 года группа директоров … приедет в ГБОУ Школа № 1514»: an
     * event named without a date is dated by the next sentence of its paragraph, when that one has no event of its
     * own and gives one date.
     */
    private void dateFromNext(Sentence sentence, Event e) {
        if (e.date != null || e.series)
            return;
        List<Mentions.Date> dates = report.list(report.dates, sentence.index()).stream()
                .filter(d -> !"school-year".equals(d.note()) && !report.inQuotes(sentence, d.from())).toList();
        if (dates.size() == 1) {
            e.date = dates.get(0);
            e.dateFromContext = false;
        }
    }

    /** Verbs (lemmas) of going somewhere. */
    private static final List<String> GOING = List.of("приехать", "прибыть", "отправиться", "поехать");

    /** Whether an institution is where someone goes: «приедет в ГБОУ Школа № 1514». */
    private boolean wentTo(Sentence sentence, Mentions.Institution s) {
        List<Token> t = sentence.tokens();
        return s.from() >= 2 && (t.get(s.from() - 1).is("в") || t.get(s.from() - 1).is("во"))
                && GOING.stream().anyMatch(l -> report.morphology.hasLemma(t.get(s.from() - 2).text(), l));
    }

    /**
     * «Директор колледжа Кузнецов Игорь Владимирович выступил с докладом «Наставник на производстве»» with no event
     * before it in its paragraph: a titled talk of its own, by the people of the sentence, dated by the sentence or
     * by the one before it in the paragraph («В феврале настала очередь …»).
     */
    private boolean talkOfItsOwn(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Mentions.Person> people = report.list(report.people, sentence.index());
        int[] quote = report.quotes.get(sentence.index()).stream().findFirst().orElse(null);
        if (people.isEmpty() || quote == null || quote[0] == 0 || !x.says(sentence, List.of("выступить"))
                || !report.morphology.hasLemma(t.get(quote[0] - 1).text(), "доклад"))
            return false;
        Event talk = x.create(EventKinds.TALK, false, sentence, quote[0] - 1, quote[1]);
        x.titles.title(talk, report.span(sentence, quote[0] + 1, quote[1] - 1));
        people.forEach(p -> talk.speakers.add(p.iri()));
        talk.date = report.list(report.dates, sentence.index()).stream().findFirst().orElse(null);
        Sentence before = report.sentences.get(sentence.index() - 1);
        if (talk.date == null && before.paragraph() == sentence.paragraph()
                && x.bySentence.getOrDefault(before.index(), List.of()).isEmpty())
            talk.date = report.list(report.dates, before.index()).stream().findFirst().orElse(null);
        x.bySentence.put(sentence.index(), new ArrayList<>(List.of(talk)));
        return true;
    }

    /**
     * «… и к обсуждению присоединились учителя начальных классов школ № 3, 7 и 12», «Вопросы задавали преподаватели
     * … колледжа»: schools that join, take part or ask questions, in a sentence without an event of its own, take
     * part in the event their paragraph named last within the three sentences before (not a series: they join one
     * of its sessions, not all of them).
     */
    private void joined(Sentence sentence) {
        List<Mentions.Institution> schools = report.list(report.institutions, sentence.index());
        // «Вопросы задавали прежде всего преподаватели Череповецкого многопрофильного колледжа»: the audience takes part too.
        boolean asking = x.says(sentence, List.of("вопрос")) && x.says(sentence, List.of("задавать", "задать"));
        if (schools.isEmpty() || !x.says(sentence, EventKinds.PARTICIPATION) && !asking || x.says(sentence, EventKinds.SPEAKING))
            return;
        for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - 3); s--) {
            if (report.sentences.get(s).paragraph() != sentence.paragraph())
                return;
            List<Event> previous = x.bySentence.getOrDefault(s, List.of());
            if (previous.isEmpty())
                continue;
            Event e = previous.get(previous.size() - 1);
            if (e.series)
                return;
            for (Mentions.Institution school : schools)
                if (!school.iri().equals(e.venue) && !e.presenters.contains(school.iri()))
                    e.participants.add(school.iri());
            e.sentences.add(sentence);
            return;
        }
    }

    /** Words (lemmas) that say schools came as teams or a delegation. */
    private static final List<String> TEAMS = List.of("команда", "делегация");

    /**
     * «Республику представляли пять команд: из Нальчика — команды школ №5, 9, 27 …»: schools that came as
     * teams, in a sentence without an event of its own, take part in the event the report named last,
     * within the three sentences before (present it, if they share or present something).
     */
    private boolean teams(Sentence sentence) {
        List<Mentions.Institution> schools = report.list(report.institutions, sentence.index());
        if (schools.isEmpty() || !x.says(sentence, TEAMS))
            return false;
        for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - 3); s--) {
            List<Event> previous = x.bySentence.getOrDefault(s, List.of());
            if (previous.isEmpty())
                continue;
            Event e = previous.get(previous.size() - 1);
            if (e.series)
                return false;
            // «Опытом на нем поделились команды …»: teams who share or present something present the event.
            boolean presenting = x.says(sentence, EventKinds.SPEAKING);
            for (Mentions.Institution school : schools)
                if (!school.iri().equals(e.venue) && !e.presenters.contains(school.iri()))
                    (presenting ? e.presenters : e.participants).add(school.iri());
            e.sentences.add(sentence);
            // The sentence speaks of that event: the next one may go on about it («Директор школы № 8 … выступила с докладом «…»»).
            x.bySentence.put(sentence.index(), new ArrayList<>(List.of(e)));
            return true;
        }
        return false;
    }

    /**
     * People and schools who present something in a sentence without an event of their own present one
     * event: the last one its paragraph named before it, else the next one of the paragraph; with no event
     * in the paragraph, the event of its section if the section has only one. Presenters are never spread
     * over every event of a report.
     */
    void sectionPresenters() {
        for (Sentence sentence : report.sentences) {
            Integer section = x.sections.of(sentence.index());
            if (section == null || section < 0 || !x.bySentence.getOrDefault(sentence.index(), List.of()).isEmpty()
                    || !x.says(sentence, EventKinds.SPEAKING))
                continue;
            Event target = presented(sentence, section);
            if (target == null)
                continue;
            report.list(report.institutions, sentence.index()).forEach(s -> target.presenters.add(s.iri()));
            report.list(report.people, sentence.index()).forEach(p -> target.presenters.add(p.iri()));
        }
    }

    private Event presented(Sentence sentence, int section) {
        Event before = null;
        Event after = null;
        List<Event> ofSection = new ArrayList<>();
        for (Event e : x.events) {
            if (e.kind == EventKinds.TALK || !Integer.valueOf(section).equals(x.sections.of(e.sentence.index())))
                continue;
            ofSection.add(e);
            for (Sentence s : e.sentences) {
                if (s.paragraph() != sentence.paragraph())
                    continue;
                if (s.index() < sentence.index() && (before == null || s.index() >= first(before, sentence)))
                    before = e;
                if (s.index() > sentence.index() && after == null)
                    after = e;
            }
        }
        if (before != null)
            return before;
        if (after != null)
            return after;
        return ofSection.size() == 1 ? ofSection.get(0) : null;
    }

    /** The last sentence of a paragraph before {@code sentence} that mentions an event. */
    private static int first(Event e, Sentence sentence) {
        int last = -1;
        for (Sentence s : e.sentences)
            if (s.paragraph() == sentence.paragraph() && s.index() < sentence.index())
                last = Math.max(last, s.index());
        return last;
    }
}
