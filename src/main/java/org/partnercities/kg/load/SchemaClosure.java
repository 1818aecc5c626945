package org.partnercities.kg.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The four generic entailments of the ontology — superclass types, super-properties, inverses and
 * symmetric properties — applied in Java from tables read once from the ontology, rather than as
 * SPARQL rules: they produce most of what materialisation adds, and a table lookup per statement
 * costs far less than four queries over the whole graph per round.
 */
final class SchemaClosure {

    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;
    private final Map<Node, Set<Node>> inverses;
    private final Set<Node> symmetric;

    private SchemaClosure(Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties,
                          Map<Node, Set<Node>> inverses, Set<Node> symmetric) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
        this.inverses = inverses;
        this.symmetric = symmetric;
    }

    /** Reads {@code rdfs:subClassOf}, {@code rdfs:subPropertyOf}, {@code owl:inverseOf} and symmetric properties. */
    static SchemaClosure of(Graph ontology) {
        Map<Node, Set<Node>> inverses = new HashMap<>();
        for (Triple t : ontology.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).toList()) {
            inverses.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            inverses.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject());
        }
        Set<Node> symmetric = new HashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.SymmetricProperty.asNode())
                .forEach(t -> symmetric.add(t.getSubject()));
        return new SchemaClosure(transitive(ontology, RDFS.subClassOf.asNode()),
                transitive(ontology, RDFS.subPropertyOf.asNode()), inverses, symmetric);
    }

    /** For every subject of {@code relation}: every IRI it reaches through one or more steps. */
    private static Map<Node, Set<Node>> transitive(Graph ontology, Node relation) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        for (Triple t : ontology.find(Node.ANY, relation, Node.ANY).toList())
            direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
        Map<Node, Set<Node>> closure = new HashMap<>();
        for (Node start : direct.keySet()) {
            Set<Node> reached = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node next = todo.pop();
                if (reached.add(next))
                    todo.addAll(direct.getOrDefault(next, Set.of()));
            }
            reached.remove(start);
            reached.removeIf(node -> !node.isURI()); // anonymous classes are passed through, not typed
            closure.put(start, reached);
        }
        return closure;
    }

    /**
     * Adds to {@code graph} everything the four entailments imply from {@code seeds} and, in turn,
     * from what they add; returns the added statements.
     */
    List<Triple> close(Graph graph, Collection<Triple> seeds) {
        List<Triple> added = new ArrayList<>();
        Deque<Triple> pending = new ArrayDeque<>(seeds);
        List<Triple> implied = new ArrayList<>();
        while (!pending.isEmpty()) {
            implied.clear();
            implied(pending.pop(), implied);
            for (Triple triple : implied) {
                if (!graph.contains(triple)) {
                    graph.add(triple);
                    added.add(triple);
                    pending.push(triple);
                }
            }
        }
        return added;
    }

    private void implied(Triple t, List<Triple> out) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(RDF.type.asNode())) {
            for (Node type : superClasses.getOrDefault(o, Set.of()))
                out.add(Triple.create(s, p, type));
        }
        for (Node superProperty : superProperties.getOrDefault(p, Set.of()))
            out.add(Triple.create(s, superProperty, o));
        if (o.isURI() || o.isBlank()) {
            for (Node inverse : inverses.getOrDefault(p, Set.of()))
                out.add(Triple.create(o, inverse, s));
            if (symmetric.contains(p))
                out.add(Triple.create(o, p, s));
        }
    }
}
