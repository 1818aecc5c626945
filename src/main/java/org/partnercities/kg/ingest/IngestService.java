package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.StoreWriter;

/**
 * Ingesting a report against a store: the draft, its review pages, and — when the store already
 * has the report's source graph — what accepting it would change. Reads the store, never writes it:
 * drafts reach the store only through {@code accept} (the curation path).
 */
public final class IngestService {

    /** A draft with its TriG, its review pages and the changes accepting it would make. */
    public record Result(Draft draft, String trig, String markdown, String html, Changes changes) {}

    private final RDFConnection connection;
    private final QueryLibrary queries;
    private final SourceSchema schema;

    public IngestService(RDFConnection connection, QueryLibrary queries, SourceSchema schema) {
        this.connection = connection;
        this.queries = queries;
        this.schema = schema;
    }

    /** Reads the report in {@code bytes} ({@code name} for messages) and proposes its draft. */
    public Result ingest(String name, byte[] bytes, IngestOptions options) {
        ReportText text = ReportText.read(name, bytes);
        Draft draft = Ingester.ingest(text, options, Knowledge.of(connection, queries));
        String trig = DraftWriter.trig(draft);
        Changes changes = changes(draft.source(), trig);
        return new Result(draft, trig, ReviewWriter.markdown(draft, changes), ReviewWriter.html(draft, changes), changes);
    }

    private Changes changes(Node source, String trig) {
        StoreWriter store = new StoreWriter(connection, queries);
        if (!store.containsGraph(source))
            return Changes.NEW_SOURCE;
        Graph stored = store.fetch(source);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig, Lang.TRIG).parse(dataset);
        Graph draft = GraphFactory.createDefaultGraph();
        dataset.getGraph(source).find().forEachRemaining(draft::add);
        try {
            schema.prepare(source, draft, Map.of()); // the stored graph was materialised at load: compare like with like
        } catch (ValidationException e) {
            // Compared as it is; accept will report the violations.
        }
        return new Changes(true, difference(draft, stored), difference(stored, draft));
    }

    /** Statements of {@code a} not in {@code b}, passages (blank nodes) aside, as sorted N-Triples. */
    private static List<String> difference(Graph a, Graph b) {
        Set<String> inB = new HashSet<>();
        b.find().forEachRemaining(t -> {
            if (!blank(t))
                inB.add(line(t));
        });
        List<String> out = new ArrayList<>();
        a.find().forEachRemaining(t -> {
            if (!blank(t) && !inB.contains(line(t)))
                out.add(line(t));
        });
        out.sort(null);
        return out;
    }

    private static boolean blank(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }

    private static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " .";
    }
}
