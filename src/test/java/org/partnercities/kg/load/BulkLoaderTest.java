package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestSources;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.generate.Generator;
import org.partnercities.kg.store.EmbeddedStore;

/**
 * {@code kg load}'s two ways of writing give the same store: built beside an empty store with TDB2's
 * bulk loader, or in one transaction into a store that holds data. A refused load into an empty
 * store leaves it empty and nothing beside it.
 */
class BulkLoaderTest {

    private static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#> "
            + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e text:query ('школа' 100000) }";

    private static SourceSchema schema;
    private static Path generated;

    @TempDir
    static Path shared;

    @BeforeAll
    static void generate() throws IOException {
        schema = SourceSchema.read(TestStores.projectSources());
        generated = shared.resolve("generated.nq.gz");
        new Generator(0.001, 7).writeTo(generated, (graphs, quads) -> { });
    }

    @Test
    void anEmptyStoreIsBuiltAsideAndHoldsWhatATransactionalLoadWrites(@TempDir Path dir) throws IOException {
        Path built = dir.resolve("built");
        BulkLoader.Result build;
        try (EmbeddedStore store = TestStores.open(built)) {
            build = new BulkLoader(schema).load(store, List.of(generated), in -> in);
        }
        assertThat(build.mode()).isEqualTo(BulkLoader.Mode.BUILD);
        assertThat(build.violations()).isEmpty();
        assertThat(Files.exists(built.resolve("staging"))).as("nothing left beside the store").isFalse();

        Path written = dir.resolve("written");
        Path other = writeSource(dir.resolve("other.trig"), "https://w3id.org/partner-cities-kg/id/source/test-other", "Омегаград");
        try (EmbeddedStore store = TestStores.open(written)) {
            new BulkLoader(schema).load(store, List.of(other), in -> in);
        }
        BulkLoader.Result transaction;
        try (EmbeddedStore store = TestStores.open(written)) {
            transaction = new BulkLoader(schema).load(store, List.of(generated), in -> in);
        }
        assertThat(transaction.mode()).isEqualTo(BulkLoader.Mode.TRANSACTION);
        assertThat(build.statements()).isEqualTo(transaction.statements()).isGreaterThan(1000);

        DatasetGraph fromBuild = copy(built, Set.of());
        DatasetGraph fromTransaction = copy(written, Set.of("https://w3id.org/partner-cities-kg/id/source/test-other"));
        assertThat(graphNames(fromBuild)).isEqualTo(graphNames(fromTransaction)).hasSize((int) build.graphs());
        assertThat(IsoMatcher.isomorphic(fromBuild, fromTransaction)).as("the same statements, graph by graph").isTrue();
        long hits = count(built, SEARCH);
        assertThat(hits).as("the text index was built with the data").isPositive().isEqualTo(count(written, SEARCH));
    }

    @Test
    void aRefusedLoadLeavesAnEmptyStoreEmptyAndNothingBesideIt(@TempDir Path dir) throws IOException {
        Path good = writeSource(dir.resolve("good.trig"), "https://w3id.org/partner-cities-kg/id/source/test-good", "Альфаград");
        Path bad = dir.resolve("bad.trig");
        Files.writeString(bad, """
                @prefix pck: <https://w3id.org/partner-cities-kg/ontology#> .
                <https://w3id.org/partner-cities-kg/id/source/test-bad> {
                  <https://w3id.org/partner-cities-kg/id/school/nameless> a pck:School .
                }
                """);
        Path store = dir.resolve("store");
        BulkLoader.Result result;
        try (EmbeddedStore embedded = TestStores.open(store)) {
            result = new BulkLoader(schema).load(embedded, List.of(good, bad), in -> in);
        }
        assertThat(result.violations()).isNotEmpty()
                .anySatisfy(v -> assertThat(v.focusNode()).contains("school/nameless"));
        assertThat(Files.exists(store.resolve("staging"))).isFalse();
        try (EmbeddedStore embedded = TestStores.open(store)) {
            assertThat(embedded.isEmpty()).as("not even the good graph").isTrue();
        }

        Path broken = dir.resolve("broken.trig");
        Files.writeString(broken, "<https://w3id.org/partner-cities-kg/id/source/x> {\n  <a> <b> \"unterminated .\n}\n");
        try (EmbeddedStore embedded = TestStores.open(store)) {
            assertThatThrownBy(() -> new BulkLoader(schema).load(embedded, List.of(good, broken), in -> in))
                    .isInstanceOf(LoadException.class).hasMessageContaining("broken.trig:3:1: Broken token");
        }
        assertThat(Files.exists(store.resolve("staging"))).isFalse();
        try (EmbeddedStore embedded = TestStores.open(store)) {
            assertThat(embedded.isEmpty()).isTrue();
        }
    }

    private static Path writeSource(Path file, String graph, String city) throws IOException {
        return Files.writeString(file, TestSources.opening(graph, "test-" + Integer.toHexString(city.hashCode()), city) + "}\n");
    }

    /** The store's named graphs (but {@code except}) in memory. */
    private static DatasetGraph copy(Path storeDir, Set<String> except) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (EmbeddedStore store = TestStores.open(storeDir)) {
            DatasetGraph dataset = store.dataset();
            dataset.executeRead(() -> dataset.find().forEachRemaining(quad -> {
                if (!except.contains(quad.getGraph().getURI()))
                    copy.add(quad);
            }));
        }
        return copy;
    }

    private static Set<String> graphNames(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining((Node n) -> names.add(n.getURI()));
        return names;
    }

    private static long count(Path storeDir, String select) {
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            long[] n = {0};
            connection.querySelect(select, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }
}
