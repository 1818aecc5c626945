package org.partnercities.kg.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.vocab.PCK;

/** Linking knowledge for ingester tests: the ontology and chosen source files, in memory. */
final class IngestTestSupport {

    static final Path SEEDS = Path.of("../shared/seeds");
    static final Path REPORTS = Path.of("src/test/resources/ingest/reports");
    static final Path EXPECTED = Path.of("src/test/resources/ingest/expected");
    static final Path HELD_OUT = Path.of("src/test/resources/ingest/held-out");
    /** Reports written by an author who never read the ingester's rules, measured once as they came. */
    static final Path FRESH = Path.of("src/test/resources/ingest/fresh");
    /** A second such set, by another author who never read the rules, measured once as it came. */
    static final Path FRESH_2 = Path.of("src/test/resources/ingest/fresh-2");
    /** A third such set, by a third author who never read the rules: measured as it came, development data of rules round 3. */
    static final Path FRESH_3 = Path.of("src/test/resources/ingest/fresh-3");
    /** A fourth such set, by a fourth author who never read the rules: measured after rounds 2 and 3, held out from both. */
    static final Path FRESH_4 = Path.of("src/test/resources/ingest/fresh-4");
    /** A fifth such set, by a fifth author who never read the rules: held out, not yet measured. */
    static final Path FRESH_5 = Path.of("src/test/resources/ingest/fresh-5");
    static final SourceSchema SCHEMA = SourceSchema.read(SourceFiles.scan(Path.of("ontology"), Path.of("data")));

    private IngestTestSupport() {}

    /** Knowledge of the ontology and {@code files}. */
    static Knowledge knowledge(List<Path> files) {
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        data.addGraph(PCK.ONTOLOGY_GRAPH, SCHEMA.ontology());
        for (Path file : files)
            RDFParser.source(file).lang(Lang.TRIG).parse(data);
        // An in-memory connection: nothing to release, and the knowledge asks it again per report.
        RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(data));
        return Knowledge.of(connection, new QueryLibrary());
    }

    /** The draft of a short text, linked against the ontology only. */
    static Draft ingest(String text) {
        return ingest(text, List.of());
    }

    /** The draft of a short text, linked against the ontology and {@code files}. */
    static Draft ingest(String text, List<Path> files) {
        return Ingester.ingest(ReportText.read("test.txt", text.getBytes(StandardCharsets.UTF_8)),
                new IngestOptions("test", null, null), knowledge(files));
    }
}
