package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * What ingesting one report proposes: entities (each linked to an existing one or new) and facts
 * about them, each with the sentence it came from and a confidence between 0 and 1.
 */
public final class Draft {

    /** Where in the report something was read: a sentence, and the characters of the mention in it. */
    public record Evidence(int sentence, int start, int end) {}

    /** An entity of the draft. {@code linked} when it already exists in the graph (its IRI is the existing one). */
    public static final class Entity {
        final Node iri;
        final String kind;
        final Set<Node> types = new LinkedHashSet<>();
        String label;
        String englishLabel;
        final Set<String> altLabels = new LinkedHashSet<>();
        boolean linked;
        double confidence;
        final List<Evidence> evidence = new ArrayList<>();

        Entity(Node iri, String kind, String label, double confidence) {
            this.iri = iri;
            this.kind = kind;
            this.label = label;
            this.confidence = confidence;
        }

        public Node iri() {
            return iri;
        }

        public String kind() {
            return kind;
        }

        public String label() {
            return label;
        }

        public boolean linked() {
            return linked;
        }

        public double confidence() {
            return confidence;
        }

        public Set<Node> types() {
            return types;
        }

        public Set<String> altLabels() {
            return altLabels;
        }

        public List<Evidence> evidence() {
            return evidence;
        }
    }

    /** A statement the draft proposes, with the sentence that states it. */
    public record Fact(Node subject, Node predicate, Node object, double confidence, Evidence evidence) {}

    private final Map<Node, Entity> entities = new LinkedHashMap<>();
    private final Map<List<Node>, Fact> facts = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    ReportText text;
    List<Sentences.Sentence> sentences = List.of();
    Node source;
    IngestOptions options;

    /** The report the draft was read from. */
    public ReportText text() {
        return text;
    }

    public List<Sentences.Sentence> sentences() {
        return sentences;
    }

    /** The source graph's name. */
    public Node source() {
        return source;
    }

    public IngestOptions options() {
        return options;
    }

    /** The entity of this IRI, created on first use; a later mention raises its confidence and adds evidence. */
    Entity entity(Node iri, String kind, String label, double confidence, Evidence evidence) {
        Entity entity = entities.computeIfAbsent(iri, i -> new Entity(i, kind, label, confidence));
        entity.confidence = Math.max(entity.confidence, confidence);
        if (evidence != null && !entity.evidence.contains(evidence))
            entity.evidence.add(evidence);
        return entity;
    }

    Entity get(Node iri) {
        return entities.get(iri);
    }

    boolean has(Node iri) {
        return entities.containsKey(iri);
    }

    /** Proposes a statement; the same statement again keeps the higher confidence and its first evidence. */
    void fact(Node subject, Node predicate, Node object, double confidence, Evidence evidence) {
        List<Node> key = List.of(subject, predicate, object);
        Fact old = facts.get(key);
        if (old == null || old.confidence() < confidence)
            facts.put(key, new Fact(subject, predicate, object, confidence,
                    old == null || old.evidence() == null ? evidence : old.evidence()));
    }

    void remove(Node subject, Node predicate) {
        facts.keySet().removeIf(k -> k.get(0).equals(subject) && k.get(1).equals(predicate));
    }

    List<Node> objects(Node subject, Node predicate) {
        return facts.values().stream().filter(f -> f.subject().equals(subject) && f.predicate().equals(predicate))
                .map(Fact::object).toList();
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public Collection<Fact> facts() {
        return facts.values();
    }

    public List<String> warnings() {
        return warnings;
    }
}
