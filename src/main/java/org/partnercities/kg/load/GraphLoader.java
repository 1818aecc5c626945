package org.partnercities.kg.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.partnercities.kg.load.SourceReader.Sources;
import org.partnercities.kg.vocab.PCK;
import org.springframework.stereotype.Component;

/**
 * Loads the ontology and the curated sources into the store: read strictly, materialise, validate
 * against the shapes, and only then replace the store's content in one write transaction. A load
 * that fails at any step leaves the store as it was.
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

    private final RDFConnection connection;

    public GraphLoader(RDFConnection connection) {
        this.connection = connection;
    }

    /** Prepares the sources in memory and fails with every problem found; touches no store. */
    public static Prepared prepare(SourceFiles files) {
        Sources sources = SourceReader.read(files);
        int inferred = Materializer.fromFiles(files.rules()).materialize(sources.data(), sources.ontology());
        List<Violation> violations = ShapeValidator.validate(sources.shapes(), sources.ontology(),
                sources.data(), sources.filesBySubject());
        if (!violations.isEmpty())
            throw new ValidationException(violations);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(PCK.ONTOLOGY_GRAPH, sources.ontology());
        sources.data().find().forEachRemaining(dataset::add);
        return new Prepared(dataset, inferred);
    }

    /** Replaces everything in the store with the given sources, or changes nothing. */
    public LoadReport replaceAll(SourceFiles files) {
        long start = System.nanoTime();
        Prepared prepared = prepare(files);
        connection.executeWrite(() -> {
            for (String graph : graphNames())
                connection.delete(graph);
            connection.delete();
            connection.loadDataset(DatasetFactory.wrap(prepared.dataset()));
        });
        long sourceGraphs = prepared.dataset().stream().map(q -> q.getGraph()).distinct()
                .filter(g -> !g.equals(PCK.ONTOLOGY_GRAPH)).count();
        return new LoadReport((int) sourceGraphs, prepared.dataset().stream().count(), prepared.inferred(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Whether the store holds a loaded ontology graph (an empty or foreign store does not). */
    public boolean storeHasOntology() {
        return connection.queryAsk("ASK { GRAPH <" + PCK.ONTOLOGY + "> { ?s ?p ?o } }");
    }

    private List<String> graphNames() {
        List<String> names = new ArrayList<>();
        connection.querySelect("SELECT DISTINCT ?g { GRAPH ?g { } }",
                (QuerySolution row) -> names.add(row.getResource("g").getURI()));
        return names;
    }
}
