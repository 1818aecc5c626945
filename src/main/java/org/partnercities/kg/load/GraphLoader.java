package org.partnercities.kg.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.load.SourceReader.SourceData;
import org.partnercities.kg.store.StoreWriter;
import org.partnercities.kg.vocab.PCK;
import org.springframework.stereotype.Component;

/**
 * Loads the ontology and the curated sources into the store: read strictly, materialise and
 * validate each source graph, and only then replace the store's content in one write transaction.
 * A load that fails at any step leaves the store as it was.
 */
@Component
public class GraphLoader {

    /**
     * Sources ready to load.
     *
     * @param dataset  the ontology graph and one named graph per source, materialised
     * @param inferred how many statements materialisation added
     */
    public record Prepared(DatasetGraph dataset, int inferred) {}

    private final StoreWriter writer;

    public GraphLoader(StoreWriter writer) {
        this.writer = writer;
    }

    /** Prepares the sources in memory and fails with every problem found; touches no store. */
    public static Prepared prepare(SourceFiles files) {
        SourceSchema schema = SourceSchema.read(files);
        SourceData sources = SourceReader.readData(files);
        List<Node> graphNames = new ArrayList<>();
        sources.data().listGraphNodes().forEachRemaining(graphNames::add);
        int inferred = 0;
        List<Violation> violations = new ArrayList<>();
        for (Node graphName : graphNames) {
            try {
                inferred += schema.prepare(graphName, sources.data().getGraph(graphName), sources.filesBySubject());
            } catch (ValidationException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty())
            throw new ValidationException(violations);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(PCK.ONTOLOGY_GRAPH, schema.ontology());
        sources.data().find().forEachRemaining(dataset::add);
        return new Prepared(dataset, inferred);
    }

    /** Replaces everything in the store with the given sources, or changes nothing. */
    public LoadReport replaceAll(SourceFiles files) {
        long start = System.nanoTime();
        Prepared prepared = prepare(files);
        writer.replaceAll(prepared.dataset());
        return report(prepared, start);
    }

    /**
     * Replaces the ontology graph and the graphs of the source files, and removes {@code dropped}
     * (graphs an earlier load took from files that are gone), in one transaction, or changes
     * nothing. Other graphs — sources that curators or {@code kg load} added — stay as they are.
     */
    public LoadReport loadSources(SourceFiles files, Set<Node> dropped) {
        long start = System.nanoTime();
        Prepared prepared = prepare(files);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        prepared.dataset().listGraphNodes().forEachRemaining(g -> graphs.put(g, prepared.dataset().getGraph(g)));
        for (Node graph : dropped)
            graphs.putIfAbsent(graph, GraphFactory.createDefaultGraph());
        writer.replaceGraphs(graphs);
        return report(prepared, start);
    }

    private static LoadReport report(Prepared prepared, long start) {
        List<String> graphs = new ArrayList<>();
        prepared.dataset().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        long sourceGraphs = graphs.stream().filter(g -> !g.equals(PCK.ONTOLOGY)).count();
        return new LoadReport((int) sourceGraphs, prepared.dataset().stream().count(), prepared.inferred(),
                Duration.ofNanos(System.nanoTime() - start), graphs);
    }

    /** Whether the store holds a loaded ontology graph (an empty or foreign store does not). */
    public boolean storeHasOntology() {
        return writer.containsGraph(PCK.ONTOLOGY_GRAPH);
    }
}
