package org.partnercities.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.vocab.PCK;

/**
 * The hand-written expected graphs the ingester is measured against are themselves valid sources:
 * each is one named graph for its report, and conforms to the shapes as an accepted draft must.
 */
class ExpectedGraphsTest {

    private static final List<Path> EXPECTED_DIRS = List.of(IngestTestSupport.EXPECTED,
            IngestTestSupport.HELD_OUT.resolve("expected"), IngestTestSupport.FRESH.resolve("expected"),
            IngestTestSupport.FRESH_2.resolve("expected"), IngestTestSupport.FRESH_3.resolve("expected"),
            IngestTestSupport.FRESH_4.resolve("expected"), IngestTestSupport.FRESH_5.resolve("expected"));

    @Test
    void everyExpectedGraphIsTheNamedGraphOfItsReport() throws IOException {
        for (Path file : expectedFiles()) {
            DatasetGraph dataset = parse(file);
            Node name = sourceOf(file);
            assertThat(dataset.getDefaultGraph().isEmpty()).as(file + " default graph").isTrue();
            assertThat(dataset.listGraphNodes()).toIterable().as(file.toString()).containsExactly(name);
            Path report = file.getParent().resolveSibling("reports").resolve(slug(file) + ".txt");
            assertThat(report).as(file + " has its report").isRegularFile();
        }
    }

    @Test
    void everyExpectedGraphConformsToTheShapes() throws IOException {
        for (Path file : expectedFiles()) {
            Node name = sourceOf(file);
            Graph graph = parse(file).getGraph(name);
            assertThat(graph.isEmpty()).as(file.toString()).isFalse();
            assertThatCode(() -> IngestTestSupport.SCHEMA.prepare(name, graph, Map.of())).as(file.toString())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theFreshSetHasFourReports() throws IOException {
        assertThat(expectedFiles()).filteredOn(f -> f.startsWith(IngestTestSupport.FRESH)).hasSize(4);
    }

    @Test
    void theSecondFreshSetHasFourReports() throws IOException {
        assertThat(expectedFiles()).filteredOn(f -> f.startsWith(IngestTestSupport.FRESH_2)).hasSize(4);
    }

    @Test
    void theThirdFreshSetHasFourReports() throws IOException {
        assertThat(expectedFiles()).filteredOn(f -> f.startsWith(IngestTestSupport.FRESH_3)).hasSize(4);
    }

    @Test
    void theFourthFreshSetHasFourReports() throws IOException {
        assertThat(expectedFiles()).filteredOn(f -> f.startsWith(IngestTestSupport.FRESH_4)).hasSize(4);
    }

    @Test
    void theFifthFreshSetHasFourReports() throws IOException {
        assertThat(expectedFiles()).filteredOn(f -> f.startsWith(IngestTestSupport.FRESH_5)).hasSize(4);
    }

    private static List<Path> expectedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : EXPECTED_DIRS)
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(f -> f.toString().endsWith(".trig")).sorted().forEach(files::add);
            }
        return files;
    }

    private static DatasetGraph parse(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(file).lang(Lang.TRIG).parse(dataset);
        return dataset;
    }

    private static String slug(Path file) {
        return file.getFileName().toString().replaceAll("\\.trig$", "");
    }

    private static Node sourceOf(Path file) {
        return NodeFactory.createURI(PCK.ID + "source/" + slug(file));
    }
}
