package org.partnercities.kg.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.load.GraphLoader;
import org.partnercities.kg.load.LoadReport;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.vocab.PCK;

/**
 * The generated graph is ours: every source graph, with the ontology and after the materialisation
 * rules, conforms to ontology/shapes.ttl on its own; the whole graph loads into a real embedded
 * store the way the curated data does, and uses no term the ontology does not declare.
 */
class GeneratedConformanceTest {

    private static final double SCALE = 0.005;

    @TempDir
    static Path dir;
    private static Path file;
    private static DatasetGraph dataset;

    @BeforeAll
    static void generate() {
        file = Generated.generate(SCALE, 1, dir, "synthetic.trig");
        dataset = Generated.read(file);
    }

    @Test
    void everySourceGraphConformsOnItsOwn() throws IOException {
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).hasSize((int) new Generator(SCALE, 1).plannedGraphs()).hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        for (Node graph : graphs) {
            try {
                GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, alone(graph, dataset)));
            } catch (ValidationException e) {
                problems.add(graph.getURI() + ":\n  " + String.join("\n  ", e.violations().stream().map(Object::toString).toList()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aGraphMissingWhatItReliesOnDoesNotConform() throws IOException {
        // The check above can fail: drop the city of the schools in one school graph.
        Node graph = NodeFactory.createURI(PCK.ID + "source/synthetic-schools-" + firstCitySlug());
        assertThat(dataset.containsGraph(graph)).as(graph.getURI()).isTrue();
        DatasetGraph broken = DatasetGraphFactory.createGeneral();
        dataset.getGraph(graph).find().forEach(t -> {
            if (!t.getPredicate().equals(Terms.LOCATED_IN))
                broken.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        });
        Path alone = Files.createTempDirectory(dir, "broken");
        write(broken, alone);

        assertThatThrownBy(() -> GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, alone)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("A school lies in exactly one city.");
    }

    @Test
    void loadsIntoTheEmbeddedStore(@TempDir Path storeDir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.copy(file, data.resolve(file.getFileName()));
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            LoadReport report = TestStores.loader(connection).replaceAll(SourceFiles.scan(TestStores.ONTOLOGY, data));

            assertThat(report.sourceGraphs()).isEqualTo(new Generator(SCALE, 1).plannedGraphs());
            assertThat(report.inferred()).isPositive();
            long[] schools = {0};
            connection.querySelect(Generated.PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a pck:School ; pck:director ?d }",
                    row -> schools[0] = row.getLiteral("n").getLong());
            assertThat(schools[0]).isEqualTo(Sizes.of(SCALE).schools());
        }
    }

    @Test
    void usesNoTermTheOntologyDoesNotDeclare() throws IOException {
        // The project's own check, run on what the generator wrote beside the ontology graph (in memory:
        // on the store it would run into the query timeout at this size).
        DatasetGraph withOntology = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(withOntology::add);
        for (Path ontologyFile : SourceFiles.scan(TestStores.ONTOLOGY, dir).ontology())
            RDFDataMgr.read(withOntology.getGraph(PCK.ONTOLOGY_GRAPH), ontologyFile.toString());
        String check = Files.readString(TestStores.ONTOLOGY.resolve("checks/undeclared-term-violation.rq"));
        List<String> undeclared = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(withOntology)).query(check).build()) {
            exec.execSelect().forEachRemaining(row -> undeclared.add(row.toString()));
        }
        assertThat(undeclared).isEmpty();
    }

    private static String firstCitySlug() {
        return new Population(Sizes.of(SCALE), 1).cities.get(0).slug() + "-1";
    }

    /** A data directory holding only the given graph. */
    private static Path alone(Node graph, DatasetGraph all) throws IOException {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(graph, all.getGraph(graph));
        Path alone = Files.createTempDirectory(dir, "graph");
        write(one, alone);
        return alone;
    }

    private static void write(DatasetGraph graph, Path directory) {
        try (OutputStream out = Files.newOutputStream(directory.resolve("source.trig"))) {
            RDFDataMgr.write(out, graph, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
