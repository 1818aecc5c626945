package org.partnercities.kg.store;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Component;

/**
 * Writes to the store, embedded or remote, through the one {@link RDFConnection}. Every write is
 * one SPARQL Update request, which the store applies in one transaction: readers see the store
 * before it or after it. Statements are deleted one by one ({@code DELETE WHERE}) rather than by
 * {@code DROP}, so that a text index kept beside the store sees every deletion.
 */
@Component
public class StoreWriter {

    private static final Node S = Var.alloc("s");
    private static final Node P = Var.alloc("p");
    private static final Node O = Var.alloc("o");
    private static final Node G_VAR = Var.alloc("g");

    private final RDFConnection connection;
    private final QueryLibrary queries;
    private final AtomicLong writes = new AtomicLong();

    public StoreWriter(RDFConnection connection, QueryLibrary queries) {
        this.connection = connection;
        this.queries = queries;
    }

    /** Replaces every named graph of the store with those of {@code dataset}. */
    public void replaceAll(DatasetGraph dataset) {
        UpdateRequest request = new UpdateRequest();
        request.add(deleteGraph(G_VAR));
        QuadDataAcc insert = new QuadDataAcc();
        dataset.find().forEachRemaining(quad -> {
            if (!quad.isDefaultGraph())
                insert.addQuad(quad);
        });
        request.add(new UpdateDataInsert(insert));
        connection.update(request);
        writes.incrementAndGet();
    }

    /** Replaces each of the given named graphs (an empty graph removes it), in one transaction. */
    public void replaceGraphs(Map<Node, Graph> graphs) {
        UpdateRequest request = new UpdateRequest();
        QuadDataAcc insert = new QuadDataAcc();
        graphs.forEach((name, graph) -> {
            request.add(deleteGraph(name));
            graph.find().forEachRemaining(t -> insert.addQuad(Quad.create(name, t)));
        });
        request.add(new UpdateDataInsert(insert));
        connection.update(request);
        writes.incrementAndGet();
    }

    /** How many writes this application has made: answers kept from before a write are stale. */
    public long writes() {
        return writes.get();
    }

    /** A copy of one named graph (empty if the store has no such graph). */
    public Graph fetch(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        Query query = Sparql.bind(queries.get("linkeddata/construct-graph"), Map.of("graph", graphName));
        connection.queryConstruct(query).getGraph()
                .find().forEachRemaining(copy::add);
        return copy;
    }

    /** Whether the store has a non-empty named graph of this name. */
    public boolean containsGraph(Node graphName) {
        return connection.queryAsk(Sparql.bind(queries.get("store/ask-graph"), Map.of("graph", graphName)));
    }

    private static UpdateDeleteWhere deleteGraph(Node graph) {
        QuadAcc pattern = new QuadAcc();
        pattern.addQuad(Quad.create(graph, S, P, O));
        return new UpdateDeleteWhere(pattern);
    }
}
