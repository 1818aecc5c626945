package org.partnercities.kg.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.load.Violation;
import org.partnercities.kg.store.StoreWriter;
import org.partnercities.kg.vocab.PCK;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every change to the data, from SPARQL Update or the Graph Store Protocol: the graphs it touches
 * are copied from the store, changed in memory, materialised and validated against the shapes
 * source by source, and only if all conform written back in one transaction (which also keeps the
 * text index in step). A refused change leaves the store as it was. Changes through this
 * application are applied one at a time.
 */
@Service
public class ChangeService {

    private static final Logger log = LoggerFactory.getLogger(ChangeService.class);

    private final StoreWriter store;
    private final SourceSchema schema;
    private final ReentrantLock lock = new ReentrantLock(true);

    public ChangeService(StoreWriter store, SourceSchema schema) {
        this.store = store;
        this.schema = schema;
    }

    /** Applies a SPARQL Update that names its graphs (see {@link UpdateScope}). */
    public ChangeReport update(UpdateRequest request) {
        UpdateScope scope = UpdateScope.of(request);
        return change(scope.read(), scope.written(), working -> UpdateExec.dataset(working).update(request).execute());
    }

    /** Replaces a source graph with {@code content} (Graph Store Protocol PUT). */
    public ChangeReport replace(Node graphName, Graph content) {
        UpdateScope.checkWritable(graphName);
        return change(List.of(), List.of(graphName), working -> {
            Graph graph = working.getGraph(graphName);
            content.find().forEachRemaining(graph::add);
        });
    }

    /** Replaces several source graphs at once (a load of files): all or none. */
    public ChangeReport replace(Map<Node, Graph> graphs) {
        graphs.keySet().forEach(UpdateScope::checkWritable);
        return change(List.of(), graphs.keySet(), working ->
                graphs.forEach((name, content) -> content.find().forEachRemaining(working.getGraph(name)::add)));
    }

    /** Adds {@code content} to a source graph (Graph Store Protocol POST). */
    public ChangeReport merge(Node graphName, Graph content) {
        UpdateScope.checkWritable(graphName);
        return change(List.of(graphName), List.of(graphName), working -> {
            Graph graph = working.getGraph(graphName);
            content.find().forEachRemaining(graph::add);
        });
    }

    /** Removes a source graph (Graph Store Protocol DELETE); false if there was none. */
    public boolean delete(Node graphName) {
        UpdateScope.checkWritable(graphName);
        lock.lock();
        try {
            if (!store.containsGraph(graphName))
                return false;
            Map<Node, Graph> empty = Map.of(graphName, GraphFactory.createDefaultGraph());
            store.replaceGraphs(empty);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private ChangeReport change(Iterable<Node> read, Iterable<Node> written, Consumer<DatasetGraph> apply) {
        lock.lock();
        try {
            DatasetGraph working = DatasetGraphFactory.createGeneral();
            working.addGraph(PCK.ONTOLOGY_GRAPH, schema.ontology());
            for (Node graph : read)
                working.addGraph(graph, store.fetch(graph));
            Set<Node> existed = new HashSet<>();
            for (Node graph : written) {
                if (working.containsGraph(graph) ? !working.getGraph(graph).isEmpty() : store.containsGraph(graph))
                    existed.add(graph);
                if (!working.containsGraph(graph))
                    working.addGraph(graph, GraphFactory.createDefaultGraph());
            }
            apply.accept(working);

            Map<Node, Graph> changed = new LinkedHashMap<>();
            Map<String, Long> sizes = new LinkedHashMap<>();
            List<Violation> violations = new ArrayList<>();
            int inferred = 0;
            for (Node graphName : written) {
                Graph graph = GraphFactory.createDefaultGraph();
                working.getGraph(graphName).find().forEachRemaining(graph::add);
                try {
                    if (!graph.isEmpty())
                        inferred += schema.prepare(graphName, graph, Map.of());
                } catch (ValidationException e) {
                    violations.addAll(e.violations());
                }
                changed.put(graphName, graph);
                sizes.put(graphName.getURI(), (long) graph.size());
            }
            if (!violations.isEmpty())
                throw new ValidationException(violations);
            log.info("Writing {} source graph(s), {} statements", changed.size(),
                    sizes.values().stream().mapToLong(Long::longValue).sum());
            store.replaceGraphs(changed);
            boolean created = changed.entrySet().stream()
                    .anyMatch(e -> !existed.contains(e.getKey()) && !e.getValue().isEmpty());
            return new ChangeReport(sizes, inferred, created);
        } finally {
            lock.unlock();
        }
    }

}
