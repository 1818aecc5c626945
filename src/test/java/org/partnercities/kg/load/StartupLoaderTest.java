package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.load.StartupLoader.Outcome;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.StoreProperties;

/** A start on an empty directory builds the store; a restart reuses it unless ontology/ or data/ changed. */
class StartupLoaderTest {

    private static final String SITNOVA_LABEL = """
            ASK { <https://w3id.org/partner-cities-kg/id/person/sitnova-elena-vladimirovna>
                  <http://www.w3.org/2004/02/skos/core#altLabel> "%s"@ru }""";

    @Test
    void emptyStoreIsBuiltThenReusedThenReloadedWhenDataChanges(@TempDir Path storeDir, @TempDir Path sources)
            throws IOException {
        SourceProperties sourceProperties = copyOfProjectSources(sources);
        Path data = sourceProperties.data();

        assertThat(start(storeDir, sourceProperties)).isEqualTo(Outcome.LOADED);
        FileTime stateWritten = Files.getLastModifiedTime(storeDir.resolve(LoadState.FILE));

        assertThat(start(storeDir, sourceProperties)).isEqualTo(Outcome.REUSED);
        assertThat(Files.getLastModifiedTime(storeDir.resolve(LoadState.FILE))).isEqualTo(stateWritten);
        assertThat(ask(storeDir, sourceProperties, SITNOVA_LABEL.formatted("Ситнова Е. В."))).isTrue();

        Path ivanovo = data.resolve("000-ivanovo-2019-2020.trig");
        Files.writeString(ivanovo, Files.readString(ivanovo)
                .replace("\"Ситнова Е. В.\"@ru", "\"Ситнова Е. В.\"@ru , \"Е.В. Ситнова\"@ru"));
        assertThat(start(storeDir, sourceProperties)).isEqualTo(Outcome.LOADED);
        assertThat(ask(storeDir, sourceProperties, SITNOVA_LABEL.formatted("Е.В. Ситнова"))).isTrue();
    }

    @Test
    void invalidChangeStopsTheStartAndKeepsTheLoadedGraph(@TempDir Path storeDir, @TempDir Path sources)
            throws IOException {
        SourceProperties sourceProperties = copyOfProjectSources(sources);
        Path data = sourceProperties.data();
        assertThat(start(storeDir, sourceProperties)).isEqualTo(Outcome.LOADED);

        Path magnitogorsk = data.resolve("004-magnitogorsk-visit-2019.trig");
        Files.writeString(magnitogorsk, Files.readString(magnitogorsk)
                .replace("pck:locatedIn city:magnitogorsk ;\n      pck:participatesIn project:temp",
                        "pck:locatedIn city:magnitogorsk , city:moscow ;\n      pck:participatesIn project:temp"));

        assertThatThrownBy(() -> start(storeDir, sourceProperties))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(magnitogorsk + ": <https://w3id.org/partner-cities-kg/id/school/magnitogorsk-5>")
                .hasMessageContaining("A school lies in exactly one city.");
        assertThat(ask(storeDir, sourceProperties, """
                ASK { <https://w3id.org/partner-cities-kg/id/school/magnitogorsk-5>
                      <https://w3id.org/partner-cities-kg/ontology#locatedIn> <https://w3id.org/partner-cities-kg/id/city/moscow> }"""))
                .isFalse();
    }

    @Test
    void reloadReplacesTheFilesGraphsAndKeepsSourcesAddedSince(@TempDir Path storeDir, @TempDir Path sources)
            throws IOException {
        SourceProperties sourceProperties = copyOfProjectSources(sources);
        Path data = sourceProperties.data();
        assertThat(start(storeDir, sourceProperties)).isEqualTo(Outcome.LOADED);

        // A source a curator (or kg load) added after the files were loaded.
        String added = "https://w3id.org/partner-cities-kg/id/source/test-added-later";
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            connection.update("INSERT DATA { GRAPH <" + added + "> { <" + added + "> a <https://w3id.org/partner-cities-kg/ontology#SourceDocument> } }");
        }
        // The files change: one is edited, one removed.
        Path ivanovo = data.resolve("000-ivanovo-2019-2020.trig");
        Files.writeString(ivanovo, Files.readString(ivanovo)
                .replace("\"Ситнова Е. В.\"@ru", "\"Ситнова Е. В.\"@ru , \"Е.В. Ситнова\"@ru"));
        Files.delete(data.resolve("004-magnitogorsk-visit-2019.trig"));
        Files.delete(data.resolve("004-magnitogorsk-visit-2019-passages.trig"));

        assertThat(start(storeDir, sourceProperties)).isEqualTo(Outcome.LOADED);
        assertThat(ask(storeDir, sourceProperties, SITNOVA_LABEL.formatted("Е.В. Ситнова"))).isTrue();
        assertThat(ask(storeDir, sourceProperties, "ASK { GRAPH <" + added + "> { ?s ?p ?o } }"))
                .as("a source added since stays").isTrue();
        assertThat(ask(storeDir, sourceProperties,
                "ASK { GRAPH <https://w3id.org/partner-cities-kg/id/source/moscow-schools-visit-magnitogorsk-2019> { ?s ?p ?o } }"))
                .as("the graph of a removed file goes").isFalse();
    }

    /** One application start as far as the store is concerned: open, load or reuse, close. */
    private static Outcome start(Path storeDir, SourceProperties sources) {
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            StartupLoader loader = new StartupLoader(TestStores.loader(connection), sources,
                    new StoreProperties(StoreProperties.Mode.EMBEDDED, storeDir, Duration.ofSeconds(10), null));
            loader.afterPropertiesSet();
            return loader.outcome();
        }
    }

    private static boolean ask(Path storeDir, SourceProperties sources, String query) {
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            return connection.queryAsk(query);
        }
    }

    /** A copy of the project's ontology/ and data/ in {@code dir}, free to change. */
    private static SourceProperties copyOfProjectSources(Path dir) throws IOException {
        return new SourceProperties(copyTree(TestStores.ONTOLOGY, dir.resolve("ontology")),
                copyTree(TestStores.DATA, dir.resolve("data")));
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file))
                    Files.createDirectories(target);
                else
                    Files.copy(file, target);
            }
        }
        return to;
    }
}
