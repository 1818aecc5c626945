package org.partnercities.kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.store.EmbeddedStore;

import picocli.CommandLine;

/** Runs {@code kg} commands in this JVM and looks into the stores they leave behind. */
final class CliRuns {

    /** What a command returned and printed. */
    record Run(int exit, String out, String err) {}

    private CliRuns() {}

    /** Runs {@code kg ARGS…}, capturing standard output and error. */
    static Run kg(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new KgCli()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Fills a store with the project's ontology and curated sources. */
    static void loadProject(Path storeDir) {
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            TestStores.loader(connection).replaceAll(TestStores.projectSources());
        }
    }

    /** Every statement of a store, copied into memory. */
    static DatasetGraph copyOf(Path storeDir) {
        try (EmbeddedStore store = TestStores.open(storeDir)) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.dataset().executeRead(() -> store.dataset().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    /** The number a SELECT binds to {@code ?n}. */
    static long count(Path storeDir, String select) {
        try (EmbeddedStore store = TestStores.open(storeDir); RDFConnection connection = TestStores.connect(store)) {
            long[] n = {0};
            connection.querySelect(select, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }
}
