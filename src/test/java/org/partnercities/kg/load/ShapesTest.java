package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercities.kg.Isomorphism;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.vocab.PCK;

/** The project's data conforms to the shapes; each invalid fixture is refused with exactly its violations. */
class ShapesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/shapes");

    @Test
    void projectDataConformsToTheShapes() {
        GraphLoader.Prepared prepared = GraphLoader.prepare(TestStores.projectSources());
        // Named graphs: the ontology and one per source article.
        assertThat(prepared.dataset().size()).isEqualTo(3);
        assertThat(prepared.inferred()).isPositive();
    }

    @Test
    void validFixtureConforms(@TempDir Path data) throws IOException {
        Files.copy(FIXTURES.resolve("valid-minimal.trig"), data.resolve("valid-minimal.trig"));
        GraphLoader.Prepared prepared = GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, data));
        assertThat(prepared.dataset().size()).isEqualTo(2);
    }

    static Stream<String> invalidFixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("invalid-") && n.endsWith(".trig"))
                    .map(n -> n.substring(0, n.length() - ".trig".length()))
                    .sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(6);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureIsRefusedWithExactlyItsViolations(String fixture, @TempDir Path data) throws IOException {
        Files.copy(FIXTURES.resolve(fixture + ".trig"), data.resolve(fixture + ".trig"));
        List<String> expected = Files.readAllLines(FIXTURES.resolve(fixture + ".expected")).stream()
                .filter(line -> !line.isBlank()).sorted().toList();

        assertThatThrownBy(() -> GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, data)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().stream().map(ShapesTest::compact).sorted().toList())
                            .isEqualTo(expected);
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.files()).containsExactly(data.resolve(fixture + ".trig").toString());
                        assertThat(v.message()).isNotBlank();
                    });
                });
    }

    @Test
    void refusedDataLeavesTheStoreAsItWas(@TempDir Path storeDir, @TempDir Path data) throws IOException {
        Files.copy(FIXTURES.resolve("invalid-school-city.trig"), data.resolve("invalid-school-city.trig"));
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            GraphLoader loader = TestStores.loader(connection);
            loader.replaceAll(TestStores.projectSources());
            DatasetGraph before = snapshot(store);

            assertThatThrownBy(() -> loader.replaceAll(SourceFiles.scan(TestStores.ONTOLOGY, data)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("A school lies in exactly one city.");

            assertThat(Isomorphism.of(before, snapshot(store))).isTrue();
            assertThat(connection.queryAsk("ASK { ?s ?p <" + PCK.ID + "city/alpha> }")).isFalse();
        }
    }

    private static DatasetGraph snapshot(EmbeddedStore store) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        store.dataset().executeRead(() -> store.dataset().find().forEachRemaining(copy::add));
        assertThat(copy.isEmpty()).isFalse();
        return copy;
    }

    private static String compact(Violation v) {
        String path = v.path() == null ? "-" : v.path()
                .replace("<" + PCK.NS, "pck:")
                .replace("<http://www.w3.org/2000/01/rdf-schema#", "rdfs:")
                .replace("<http://www.w3.org/ns/org#", "org:")
                .replace(">", "");
        return v.focusNode().replace(PCK.ID, "id:") + "\t" + path + "\t" + v.constraint();
    }

}
