package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Practices and themes of the concept scheme, by any of their names in any word form («инклюзивного
 * образования» is «Инклюзивное образование»; «ВСОКО»): the lemmas of a name's words found in a row
 * in a sentence. A practice named in an event's sentence is a topic of that event.
 */
final class PracticeExtractor {

    static final Node SCHEME = Vocab.id("scheme", "practices");

    private PracticeExtractor() {}

    static void extract(Report report, List<Event> events) {
        List<Map.Entry<Node, List<List<String>>>> names = new ArrayList<>();
        for (Map.Entry<Node, Set<String>> concept : report.knowledge.concepts().entrySet()) {
            List<List<String>> keys = new ArrayList<>();
            for (String name : concept.getValue()) {
                List<String> key = key(report, name);
                if (!key.isEmpty() && (key.size() > 1 || name.length() >= 4))
                    keys.add(key);
            }
            names.add(Map.entry(concept.getKey(), keys));
        }
        for (Sentence sentence : report.sentences) {
            List<List<String>> lemmas = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Token token = sentence.tokens().get(i);
                if (token.isWord()) {
                    lemmas.add(report.morphology.lemmas(token.text()));
                    positions.add(i);
                }
            }
            for (Map.Entry<Node, List<List<String>>> concept : names) {
                for (List<String> key : concept.getValue()) {
                    int at = find(lemmas, key);
                    if (at < 0)
                        continue;
                    add(report, sentence, concept.getKey(), positions.get(at), positions.get(at + key.size() - 1) + 1, events);
                    break;
                }
            }
        }
    }

    private static List<String> key(Report report, String name) {
        List<String> key = new ArrayList<>();
        for (Token token : Sentences.tokenize(name, 0, name.length()))
            if (token.isWord())
                key.add(report.morphology.lemmas(token.text()).get(0));
        return key;
    }

    private static int find(List<List<String>> lemmas, List<String> key) {
        for (int i = 0; i + key.size() <= lemmas.size(); i++) {
            boolean all = true;
            for (int k = 0; k < key.size() && all; k++)
                all = lemmas.get(i + k).contains(key.get(k));
            if (all)
                return i;
        }
        return -1;
    }

    private static void add(Report report, Sentence sentence, Node concept, int from, int to, List<Event> events) {
        Draft.Evidence evidence = report.evidence(sentence, from, to);
        Draft.Entity entity = report.draft.entity(concept, "practice", null, 0.7, evidence);
        Node type = report.knowledge.conceptType(concept);
        entity.types.add(type == null ? Vocab.pck("Practice") : type);
        entity.linked = true;
        report.draft.fact(concept, Vocab.IN_SCHEME, SCHEME, 0.9, null);
        report.list(report.practices, sentence.index()).add(new Mentions.Practice(concept, from, to));
        for (Event e : events)
            if (e.sentences.contains(sentence))
                e.topics.add(concept);
    }
}
