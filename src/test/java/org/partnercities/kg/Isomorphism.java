package org.partnercities.kg;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dataset isomorphism graph by graph, with Jena's hashing graph matcher: the general dataset
 * matcher backtracks exponentially over the hundreds of look-alike blank nodes of the passages.
 */
public final class Isomorphism {

    private Isomorphism() {}

    public static boolean of(DatasetGraph a, DatasetGraph b) {
        Set<Node> names = new HashSet<>();
        a.listGraphNodes().forEachRemaining(names::add);
        Set<Node> other = new HashSet<>();
        b.listGraphNodes().forEachRemaining(other::add);
        if (!names.equals(other) || !a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph()))
            return false;
        for (Node name : names)
            if (!a.getGraph(name).isIsomorphicWith(b.getGraph(name)))
                return false;
        return true;
    }
}
