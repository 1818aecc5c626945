package org.partnercities.kg.generate;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Where the generator's statements go: one named graph at a time, straight to a streaming writer.
 * Remembers only which entities the current graph has already introduced (so that each is
 * introduced once per graph), and forgets them when the next graph begins.
 */
final class QuadSink {

    private final StreamRDF stream;
    private final Set<Node> introduced = new HashSet<>();   // membership only, never iterated
    private Node graph;
    private long quads;

    QuadSink(StreamRDF stream) {
        this.stream = stream;
    }

    void beginGraph(Node graph) {
        this.graph = graph;
        introduced.clear();
    }

    void add(Node subject, Node predicate, Node object) {
        stream.quad(Quad.create(graph, subject, predicate, object));
        quads++;
    }

    /** True the first time an entity is named in the current graph: the caller then introduces it. */
    boolean firstMention(Node entity) {
        return introduced.add(entity);
    }

    long quads() {
        return quads;
    }
}
