package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Programmes by their names in any word form: the programme the reports come from and its parts
 * ({@code ingest/programmes.tsv}: «Школы городов России – партнёры Москвы», «Взаимообучение
 * городов») and every programme the graph knows. A long word one letter off still counts
 * («Ваимообучение»). Who takes part in one: the schools, else the organisations, else the cities and
 * regions that a clause names before it while saying they take part («Тверская область
 * присоединилась к проекту «…»», «Участие представителей города Иваново в проекте «…»»). The events
 * of a sentence that names a programme are within it («в рамках «Взаимообучения городов»»,
 * «семинара взаимообучения городов»), and so are the sessions of such a series.
 */
final class ProgrammeExtractor {

    /** Words (lemmas) saying an agent takes part in a programme. */
    private static final Set<String> TAKING_PART = Set.of("участие", "участвовать", "участник", "присоединиться",
            "подключиться", "включиться");

    /** A programme: its IRI, names, the programme it is part of, and whether the graph has it. */
    private record Programme(Node iri, String russian, String english, Node parent, Set<String> names, boolean known) {}

    private ProgrammeExtractor() {}

    static void extract(Report report, List<Event> events) {
        List<Programme> programmes = programmes(report);
        Map<Node, Programme> mentioned = new LinkedHashMap<>();
        for (Sentence sentence : report.sentences) {
            List<String> words = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Token token = sentence.tokens().get(i);
                if (token.isWord()) {
                    words.add(lemma(report, token.text()));
                    positions.add(i);
                }
            }
            for (Programme programme : programmes) {
                for (List<String> key : keys(report, programme)) {
                    int at = find(words, key);
                    if (at < 0)
                        continue;
                    int from = positions.get(at);
                    int to = positions.get(at + key.size() - 1) + 1;
                    report.list(report.programmes, sentence.index()).add(new Mentions.Programme(programme.iri(), from, to));
                    entity(report, programme, report.evidence(sentence, from, to));
                    mentioned.put(programme.iri(), programme);
                    break;
                }
            }
        }
        for (Programme programme : mentioned.values())
            if (programme.parent() != null && mentioned.containsKey(programme.parent()))
                report.draft.fact(programme.iri(), Vocab.pck("partOf"), programme.parent(), 0.8, null);
        EventTriggers triggers = EventExtractor.triggers(report);
        for (Sentence sentence : report.sentences)
            for (Mentions.Programme m : report.list(report.programmes, sentence.index()))
                takingPart(report, sentence, m, triggers);
        within(report, events, mentioned, triggers);
    }

    /** The programmes of {@code ingest/programmes.tsv}, as the graph names them if it has them, and every other one it has. */
    private static List<Programme> programmes(Report report) {
        Map<Node, Set<String>> known = report.knowledge.programmes();
        Map<String, Node> bySlug = new LinkedHashMap<>();
        List<Programme> list = new ArrayList<>();
        Set<Node> listed = new LinkedHashSet<>();
        for (String[] row : Gazetteer.rows("ingest/programmes.tsv")) {
            Set<String> names = new LinkedHashSet<>();
            names.add(row[1]);
            if (row.length > 4)
                for (String other : row[4].split(","))
                    if (!other.isBlank())
                        names.add(other.strip());
            Node iri = known.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(n -> names.stream()
                    .anyMatch(m -> Names.key(m).equals(Names.key(n))))).map(Map.Entry::getKey).findFirst()
                    .orElse(Vocab.id("programme", row[0]));
            if (known.containsKey(iri))
                names.addAll(known.get(iri));
            bySlug.put(row[0], iri);
            Node parent = known.containsKey(iri) && report.knowledge.programmeParent(iri) != null
                    ? report.knowledge.programmeParent(iri) : row.length > 3 && !row[3].isBlank() ? bySlug.get(row[3]) : null;
            list.add(new Programme(iri, row[1], row[2], parent, names, known.containsKey(iri)));
            listed.add(iri);
        }
        for (Map.Entry<Node, Set<String>> e : known.entrySet())
            if (!listed.contains(e.getKey()))
                list.add(new Programme(e.getKey(), e.getValue().iterator().next(), null,
                        report.knowledge.programmeParent(e.getKey()), e.getValue(), true));
        return list;
    }

    /** The lemma sequences of a programme's names of two words or more, longest first. */
    private static List<List<String>> keys(Report report, Programme programme) {
        List<List<String>> keys = new ArrayList<>();
        for (String name : programme.names()) {
            List<String> key = new ArrayList<>();
            for (Token token : Sentences.tokenize(name, 0, name.length()))
                if (token.isWord())
                    key.add(lemma(report, token.text()));
            if (key.size() >= 2 && !keys.contains(key))
                keys.add(key);
        }
        keys.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return keys;
    }

    /** The first lemma of a word; a word the dictionary does not know with a hyphen, part by part («город-партнер»). */
    private static String lemma(Report report, String word) {
        if (report.morphology.readings(word).isEmpty() && word.indexOf('-') > 0) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-"))
                parts.add(part.isEmpty() ? part : report.morphology.lemmas(part).get(0));
            return String.join("-", parts);
        }
        return report.morphology.lemmas(word).get(0);
    }

    private static int find(List<String> words, List<String> key) {
        for (int i = 0; i + key.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < key.size() && all; k++)
                all = same(words.get(i + k), key.get(k));
            if (all)
                return i;
        }
        return -1;
    }

    /** The same word, or a long word («взаимообучения», which the dictionary lacks) a letter off. */
    private static boolean same(String a, String b) {
        return a.equals(b) || a.length() >= 8 && b.length() >= 8 && Gazetteer.distance(a, b) <= 1;
    }

    private static void entity(Report report, Programme programme, Draft.Evidence evidence) {
        Draft.Entity entity = report.draft.entity(programme.iri(), "programme", programme.russian(), 0.8, evidence);
        entity.types.add(Vocab.pck("Programme"));
        entity.englishLabel = programme.english();
        entity.linked = programme.known();
        for (String name : programme.names())
            if (!Names.key(name).equals(Names.key(programme.russian())))
                entity.altLabels.add(name);
    }

    /**
     * «X присоединилась к проекту «…»», «Участие X в проекте «…»»: X takes part in the programme. Not when an
     * event noun stands between: «стала участником семинара взаимообучения городов» is taking part in the seminar.
     */
    private static void takingPart(Report report, Sentence sentence, Mentions.Programme m, EventTriggers triggers) {
        int start = Agents.clauseStart(sentence, m.from());
        int says = -1;
        for (int i = start; i < m.from(); i++)
            if (sentence.tokens().get(i).isWord() && !report.inQuotes(sentence, i)
                    && report.morphology.lemmas(sentence.tokens().get(i).text()).stream().anyMatch(TAKING_PART::contains))
                says = i;
        if (says < 0)
            return;
        for (int i = says + 1; i < m.from(); i++)
            if (!report.inQuotes(sentence, i) && triggers.kindAt(sentence.tokens(), i) != null)
                return;
        Draft.Evidence evidence = report.evidence(sentence, start, m.to());
        for (Node agent : Agents.mostSpecific(report, sentence, start, m.from()))
            report.draft.fact(agent, Vocab.pck("participatesIn"), m.iri(), 0.7, evidence);
    }

    /**
     * Events a sentence introduces while naming a programme are within it (the most specific it names); a
     * programme named right after an event noun («видеоконференции взаимообучения городов») is that event's
     * only. The sessions of a series within a programme are within it too.
     */
    private static void within(Report report, List<Event> events, Map<Node, Programme> mentioned, EventTriggers triggers) {
        Map<Event, Node> within = new LinkedHashMap<>();
        for (Sentence sentence : report.sentences) {
            List<Mentions.Programme> mentions = report.list(report.programmes, sentence.index());
            Set<Node> named = new LinkedHashSet<>();
            mentions.forEach(m -> named.add(m.iri()));
            named.removeIf(p -> named.stream().anyMatch(q -> mentioned.get(q) != null && p.equals(mentioned.get(q).parent())));
            for (Mentions.Programme m : mentions) {
                if (!named.contains(m.iri()))
                    continue;
                boolean ofNoun = m.from() > 0 && !report.inQuotes(sentence, m.from() - 1)
                        && triggers.kindAt(sentence.tokens(), m.from() - 1) != null;
                for (Event e : events)
                    if (e.sentence == sentence && e.kind != EventKinds.TALK && e.kind != EventKinds.SITE_VISIT
                            && (!ofNoun || e.to == m.from())) {
                        within.putIfAbsent(e, m.iri());
                        report.draft.fact(e.iri, Vocab.pck("withinProgramme"), m.iri(), 0.7,
                                report.evidence(sentence, e.from, e.to));
                    }
            }
        }
        for (Event e : events)
            if (e.kind != EventKinds.TALK && e.kind != EventKinds.SITE_VISIT && !within.containsKey(e))
                for (Event outer : e.partOf)
                    if (outer.series && within.containsKey(outer))
                        report.draft.fact(e.iri, Vocab.pck("withinProgramme"), within.get(outer), 0.6,
                                report.evidence(e.sentence, e.from, e.to));
    }
}
