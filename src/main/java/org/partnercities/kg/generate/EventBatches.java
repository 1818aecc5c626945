package org.partnercities.kg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.jena.graph.Node;
import org.partnercities.kg.generate.Seeds.Stream;

/**
 * The chronicle of the programme: about 100 events of one school year to a graph — stand-alone
 * seminars, master classes, round tables …; visits of one city's schools to another with their
 * round tables, site visits and excursions; videoconferences with their talks — and the practice
 * adoptions those events led to (a practice shown by one city, taken up by another).
 */
final class EventBatches extends Batches {

    private static final int PER_GRAPH = 100;
    /** Announced titles: {0} the practice, {1} the host city (genitive in Russian). */
    private static final String[][] TITLES = {
            {"%s: опыт города %s", "%s: the experience of %s"},
            {"%s: практики и результаты", "%s: practices and results"},
            {"%s: от идеи к результату", "%s: from idea to result"},
            {"%s как ресурс развития школы", "%s as a resource for school development"},
            {"%s: вопросы внедрения", "%s: putting it into practice"},
            {"%s: лучшие практики школ города %s", "%s: best practices of %s schools"}};

    /** An event that showed a practice, from the city that showed it, to cities that saw it. */
    private record Shown(Node event, City from, Concept practice, List<City> seenBy) {}

    private final int[] firstEvent;
    private final int[] firstAdoption;
    private final EventStatements statements;

    EventBatches(Context context) {
        super(context);
        this.statements = new EventStatements(population, sink, identities, () -> counted(Kind.EVENTS));
        int graphs = (population.sizes.events() + PER_GRAPH - 1) / PER_GRAPH;
        this.firstEvent = split(population.sizes.events(), graphs);
        this.firstAdoption = split(population.sizes.adoptions(), graphs);
    }

    @Override
    int count() {
        return firstEvent.length - 1;
    }

    @Override
    void write(int batch) {
        int year = Period.FIRST_SCHOOL_YEAR + batch * Period.SCHOOL_YEARS / count();
        Period period = Period.schoolYear(year);
        sources.begin("synthetic-chronicle-" + (batch + 1),
                "Хроника взаимообучения городов, " + period.russian() + ", выпуск " + (batch + 1),
                "Chronicle of the mutual learning of cities, " + period.english() + ", issue " + (batch + 1), period);
        SplittableRandom random = population.seeds.random(Stream.EVENT_BATCH, batch);
        List<Shown> shown = new ArrayList<>();
        int next = firstEvent[batch];
        int end = firstEvent[batch + 1];
        while (next < end) {
            double roll = random.nextDouble();
            int remaining = end - next;
            if (roll < 0.10 && remaining >= 2)
                next = visit(next, Math.min(remaining - 1, 1 + random.nextInt(3)), year, random, shown);
            else if (roll < 0.25 && remaining >= 2)
                next = videoconference(next, Math.min(remaining - 1, 1 + random.nextInt(3)), year, random, shown);
            else
                next = single(next, year, random, shown);
        }
        for (int a = firstAdoption[batch]; a < firstAdoption[batch + 1]; a++)
            adoption(a, shown.get(random.nextInt(shown.size())), period, random);
    }

    // ------------------------------------------------------------------ kinds of event

    private int single(int index, int year, SplittableRandom random, List<Shown> shown) {
        EventKind kind = pick(EventKind.SINGLE, EventKind.SINGLE_WEIGHTS, random);
        City host = population.cities.get(population.city(random));
        boolean distance = random.nextDouble() < kind.distanceShare;
        Dates date = Dates.draw(random, year, 0.75, 0.17, 0.03);
        List<Concept> topics = topics(1 + (random.nextDouble() < 0.4 ? 1 + random.nextInt(2) : 0), random);
        String[] title = title(topics.get(0), host, random);
        Node event = statements.event(index, kind, host, date, distance, kind.russian + " «" + title[0] + "»",
                kind.english + " “" + title[1] + "”");
        sink.add(event, Terms.TOPIC_TITLE, Terms.ru(title[0]));
        List<Integer> schools = new ArrayList<>();
        if (!distance && kind != EventKind.FORUM && kind != EventKind.CONTEST)
            schools.add(statements.venue(event, population.activeSchoolIn(host.index(), random)));
        if (random.nextDouble() < 0.6)
            statements.organizer(event, host);
        if (random.nextDouble() < 0.8)
            statements.programme(event);
        List<Integer> participants = participants(event, kind, host, schools, random);
        int speakers = switch (kind) {
            case SEMINAR, ROUND_TABLE -> 1 + random.nextInt(2);
            case MASTER_CLASS, CONSULTATION -> 1;
            case FORUM -> random.nextInt(2);
            default -> 0;
        };
        Node role = kind == EventKind.SEMINAR || kind == EventKind.FORUM ? Terms.SPEAKER : Terms.PRESENTER;
        List<Person> said = new ArrayList<>(speakers);
        for (int k = 0; k < speakers; k++)
            statements.speaker(event, role, staff(schools.get(random.nextInt(schools.size())), random), said);
        for (Concept topic : topics)
            statements.topic(event, topic);
        shown.add(new Shown(event, host, topics.get(0), citiesOf(participants, host)));
        return index + 1;
    }

    private int visit(int index, int parts, int year, SplittableRandom random, List<Shown> shown) {
        City host = population.cities.get(population.city(random));
        City guest = population.cities.get(otherCity(host.index(), random));
        Dates date = Dates.draw(random, year, 0.55, 0.4, 0.05);
        Node visit = statements.event(index, EventKind.VISIT, host, date, false,
                "Визит делегации школ города " + guest.name().genitive() + " в город " + host.russian(),
                "Visit of " + guest.english() + " schools to " + host.english());
        statements.organizer(visit, host);
        statements.programme(visit);
        List<Integer> guests = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count; k++)
            addOnce(guests, population.activeSchoolIn(guest.index(), random));
        for (int school : guests)
            statements.participant(visit, school);
        Concept practice = topics(1, random).get(0);
        statements.topic(visit, practice);
        shown.add(new Shown(visit, host, practice, List.of(guest)));
        for (int p = 1; p <= parts; p++) {
            double roll = random.nextDouble();
            Node part;
            if (roll < 0.5) {
                String[] title = title(practice, host, random);
                part = statements.event(index + p, EventKind.ROUND_TABLE, host, date, false,
                        EventKind.ROUND_TABLE.russian + " «" + title[0] + "»", EventKind.ROUND_TABLE.english + " “" + title[1] + "”");
                sink.add(part, Terms.TOPIC_TITLE, Terms.ru(title[0]));
                statements.venue(part, population.activeSchoolIn(host.index(), random));
                Person presenter = staff(guests.get(random.nextInt(guests.size())), random);
                statements.speaker(part, Terms.PRESENTER, presenter, new ArrayList<>());
                statements.topic(part, practice);
            } else if (roll < 0.8) {
                School site = population.school(population.activeSchoolIn(host.index(), random));
                part = statements.event(index + p, EventKind.SITE_VISIT, host, date, false,
                        "Посещение " + site.russianGenitive() + " (" + host.russian() + ")", "Visit to " + site.english());
                statements.venue(part, site.index());
                Concept seen = topics(1, random).get(0);
                statements.topic(part, seen);
                shown.add(new Shown(part, host, seen, List.of(guest)));
            } else {
                part = statements.event(index + p, EventKind.EXCURSION, host, date, false, "Экскурсия по городу " + host.russian(),
                        "Tour of " + host.english());
            }
            sink.add(part, Terms.PART_OF, visit);
            for (int school : guests)
                statements.participant(part, school);
        }
        return index + 1 + parts;
    }

    private int videoconference(int index, int talks, int year, SplittableRandom random, List<Shown> shown) {
        City host = population.cities.get(population.city(random));
        Dates date = Dates.draw(random, year, 0.8, 0.15, 0);
        List<Concept> topics = topics(1 + random.nextInt(2), random);
        String[] title = title(topics.get(0), host, random);
        Node conference = statements.event(index, EventKind.VIDEOCONFERENCE, host, date, true,
                EventKind.VIDEOCONFERENCE.russian + " «" + title[0] + "»", EventKind.VIDEOCONFERENCE.english + " “" + title[1] + "”");
        sink.add(conference, Terms.TOPIC_TITLE, Terms.ru(title[0]));
        statements.organizer(conference, host);
        statements.programme(conference);
        List<Integer> participants = participants(conference, EventKind.VIDEOCONFERENCE, host, new ArrayList<>(), random);
        for (Concept topic : topics)
            statements.topic(conference, topic);
        List<Person> speakers = new ArrayList<>(talks);
        for (int t = 1; t <= talks; t++) {
            int school = participants.get(random.nextInt(participants.size()));
            Person speaker = staff(school, random);
            Concept topic = topics(1, random).get(0);
            City from = population.cities.get(population.cityOfSchool(school));
            String[] talkTitle = title(topic, from, random);
            Node talk = statements.event(index + t, EventKind.TALK, host, date, true,
                    EventKind.TALK.russian + " «" + talkTitle[0] + "» (" + speaker.name().initials() + ")",
                    EventKind.TALK.english + " “" + talkTitle[1] + "” (" + speaker.name().english() + ")");
            sink.add(talk, Terms.TOPIC_TITLE, Terms.ru(talkTitle[0]));
            sink.add(talk, Terms.PART_OF, conference);
            identities.person(speaker);
            sink.add(talk, Terms.SPEAKER, speaker.iri());
            // The talk's speaker also speaks at the conference: once, however many talks they give.
            statements.speaker(conference, Terms.SPEAKER, speaker, speakers);
            statements.topic(talk, topic);
            shown.add(new Shown(talk, from, topic, citiesOf(participants, from)));
        }
        return index + 1 + talks;
    }

    private void adoption(int index, Shown source, Period period, SplittableRandom random) {
        City by = source.seenBy().isEmpty() ? population.cities.get(otherCity(source.from().index(), random))
                : source.seenBy().get(random.nextInt(source.seenBy().size()));
        Node adoption = Terms.id("adoption", source.from().slug() + "-" + by.slug() + "-" + (index + 1));
        identities.city(source.from());
        identities.city(by);
        sink.add(adoption, Terms.TYPE, Terms.PRACTICE_ADOPTION);
        sink.add(adoption, Terms.LABEL, Terms.ru(source.practice().russian() + ": " + source.from().russian() + " → " + by.russian()));
        sink.add(adoption, Terms.LABEL, Terms.en(source.practice().english() + ": " + source.from().english() + " → " + by.english()));
        sink.add(adoption, Terms.PRACTICE_OF, source.practice().iri());
        sink.add(adoption, Terms.ADOPTED_FROM, source.from().iri());
        sink.add(adoption, Terms.ADOPTED_BY, by.iri());
        sink.add(adoption, Terms.SHOWN_AT, source.event());
        sink.add(adoption, Terms.DURING, period.iri());
        counted(Kind.ADOPTIONS);
    }

    /**
     * Schools taking part, the active ones more often: half from the host city, half from anywhere.
     * {@code schools} holds the venue, if any; returns the participants, added to it.
     */
    private List<Integer> participants(Node event, EventKind kind, City host, List<Integer> schools, SplittableRandom random) {
        int count = (int) Math.min(kind.maxParticipants,
                kind.minParticipants + Math.floor(-Math.log(1 - random.nextDouble()) * kind.meanExtraParticipants));
        List<Integer> participants = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int school = random.nextBoolean() ? population.activeSchoolIn(host.index(), random)
                    : population.activeSchool(random);
            if (!schools.contains(school) && !participants.contains(school)) {
                participants.add(school);
                statements.participant(event, school);
            }
        }
        schools.addAll(participants);
        return participants;
    }

    // ------------------------------------------------------------------ helpers

    private Person staff(int school, SplittableRandom random) {
        int teachers = population.teacherCount(school);
        return random.nextDouble() < 0.3 || teachers == 0 ? population.director(school)
                : population.teacher(population.firstTeacher(school) + random.nextInt(teachers));
    }

    private List<Concept> topics(int count, SplittableRandom random) {
        List<Concept> topics = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int practice = population.popularPractice(random);
            // One topic in ten is the broader theme rather than the practice itself.
            Concept topic = random.nextDouble() < 0.1 ? population.theme(practice % population.themes)
                    : population.practice(practice);
            if (topics.stream().noneMatch(t -> t.iri().equals(topic.iri())))
                topics.add(topic);
        }
        return topics;
    }

    private String[] title(Concept practice, City city, SplittableRandom random) {
        String[] pattern = TITLES[random.nextInt(TITLES.length)];
        return new String[] {String.format(pattern[0], practice.russian(), city.name().genitive()),
                String.format(pattern[1], practice.english(), city.english())};
    }

    private List<City> citiesOf(List<Integer> schools, City except) {
        List<City> cities = new ArrayList<>();
        for (int school : schools) {
            City city = population.cities.get(population.cityOfSchool(school));
            if (city.index() != except.index() && !cities.contains(city))
                cities.add(city);
        }
        return cities;
    }

    private int otherCity(int city, SplittableRandom random) {
        int other = population.city(random);
        return other != city ? other : (city + 1 + random.nextInt(population.cities.size() - 1)) % population.cities.size();
    }

    private static void addOnce(List<Integer> list, int value) {
        if (!list.contains(value))
            list.add(value);
    }

    private static <T> T pick(T[] items, double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights)
            total += w;
        double target = random.nextDouble() * total;
        for (int i = 0; i < items.length - 1; i++) {
            if (target < weights[i])
                return items[i];
            target -= weights[i];
        }
        return items[items.length - 1];
    }

    /** First index of each of {@code parts} near-equal shares of {@code total}, then the total. */
    static int[] split(int total, int parts) {
        int[] first = new int[parts + 1];
        for (int i = 0; i <= parts; i++)
            first[i] = (int) ((long) total * i / parts);
        return first;
    }
}
