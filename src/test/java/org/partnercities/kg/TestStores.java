package org.partnercities.kg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.load.GraphLoader;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.StoreWriter;

/** A real embedded store (TDB2 + Lucene, in a temporary directory) loaded with the project's sources. */
public final class TestStores {

    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path DATA = Path.of("data");

    private static EmbeddedStore shared;

    private TestStores() {}

    /** The project's own sources. */
    public static SourceFiles projectSources() {
        return SourceFiles.scan(ONTOLOGY, DATA);
    }

    /** One loaded store shared by the read-only tests of this JVM. */
    public static synchronized RDFConnection sharedConnection() {
        if (shared == null) {
            shared = open(tempDirectory("kg-shared-store"));
            try (RDFConnection connection = connect(shared)) {
                TestStores.loader(connection).replaceAll(projectSources());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return connect(shared);
    }

    /** A loader writing through {@code connection}. */
    public static GraphLoader loader(RDFConnection connection) {
        return new GraphLoader(new StoreWriter(connection, new QueryLibrary()));
    }

    public static EmbeddedStore open(Path directory) {
        return EmbeddedStore.open(directory, Duration.ofSeconds(10));
    }

    public static RDFConnection connect(EmbeddedStore store) {
        return store.connect();
    }

    public static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
