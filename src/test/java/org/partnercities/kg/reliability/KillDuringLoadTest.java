package org.partnercities.kg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.store.EmbeddedStore;

/**
 * SIGKILL in the middle of a large load: after a restart the store holds the graph either whole or
 * not at all, and the text index agrees with the data. A real child process ({@code kg load}) is
 * killed early and at several moments through its write transaction.
 */
class KillDuringLoadTest {

    private static final String GRAPH = "https://w3id.org/partner-cities-kg/id/source/test-sigmagrad-bulk";
    private static final int SCHOOLS = 8_000;

    @Test
    void killedLoadLeavesTheStoreBeforeOrAfterNeverBetween(@TempDir Path dir) throws Exception {
        Path file = writeBulkSource(dir.resolve("bulk.trig"));

        // A full run on its own store: how long it takes and what "after" looks like.
        Path reference = dir.resolve("reference");
        prepare(reference);
        long started = System.nanoTime();
        Path referenceLog = dir.resolve("reference.log");
        Process full = load(reference, file, referenceLog);
        long writeStarts = waitForLoading(full, referenceLog);
        assertThat(full.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(full.exitValue()).as(Files.readString(referenceLog)).isZero();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long writeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writeStarts);
        State after = state(reference);
        assertThat(after.statements()).isGreaterThan(SCHOOLS * 4L);
        assertThat(after.indexed()).isPositive();

        List<String> outcomes = new ArrayList<>();
        // Kill early (JVM start, reading the ontology), then at moments through the one write
        // transaction in which the graphs are read, checked and written.
        for (double part : new double[] {-1, 0, 0.5, 0.9, 0.98}) {
            long afterWriteStarts = part < 0 ? -1 : (long) (writeMillis * part);
            Path store = dir.resolve("killed-" + afterWriteStarts);
            prepare(store);
            long seedStatements = seedStatements(store);
            Path log = dir.resolve("killed-" + afterWriteStarts + ".log");
            Process process = load(store, file, log);
            boolean finished;
            if (afterWriteStarts < 0) {
                finished = process.waitFor(runMillis / 3, TimeUnit.MILLISECONDS);
            } else {
                waitForLoading(process, log);
                finished = process.waitFor(afterWriteStarts, TimeUnit.MILLISECONDS);
            }
            if (!finished) {
                process.destroyForcibly(); // SIGKILL on Unix
                process.waitFor(1, TimeUnit.MINUTES);
            }
            State state = state(store);
            assertThat(seedStatements(store)).as("the sources already there are untouched").isEqualTo(seedStatements);
            if (state.statements() == 0) {
                assertThat(state.indexed()).as("no data, so nothing in the index").isZero();
                outcomes.add(afterWriteStarts + " ms: before");
            } else {
                assertThat(state.statements()).as("all of the graph or none of it").isEqualTo(after.statements());
                assertThat(state.indexed()).as("the index holds what the data holds").isEqualTo(after.indexed());
                outcomes.add(afterWriteStarts + " ms: after" + (finished ? " (finished)" : ""));
            }
        }
        assertThat(outcomes.get(0)).as("killed while checking").endsWith("before");
        System.out.println("Kill outcomes (full run " + runMillis + " ms, writing " + writeMillis + " ms): " + outcomes);
    }

    private record State(long statements, long indexed) {}

    /** Waits until the loader has opened the store and begun its one write transaction; returns when (System.nanoTime). */
    private static long waitForLoading(Process process, Path log) throws Exception {
        while (process.isAlive() && !Files.readString(log).contains("in one transaction"))
            Thread.sleep(5);
        return System.nanoTime();
    }

    private static void prepare(Path store) {
        try (EmbeddedStore embedded = TestStores.open(store); RDFConnection connection = TestStores.connect(embedded)) {
            TestStores.loader(connection).replaceAll(TestStores.projectSources());
        }
    }

    private static State state(Path store) {
        try (EmbeddedStore embedded = TestStores.open(store); RDFConnection connection = TestStores.connect(embedded)) {
            return new State(count(connection, "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + "> { ?s ?p ?o } }"),
                    count(connection, "PREFIX text: <http://jena.apache.org/text#> "
                            + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e text:query ('Сигмаград' 100000) }"));
        }
    }

    private static long seedStatements(Path store) {
        try (EmbeddedStore embedded = TestStores.open(store); RDFConnection connection = TestStores.connect(embedded)) {
            return count(connection, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + GRAPH + ">) }");
        }
    }

    private static long count(RDFConnection connection, String select) {
        long[] n = {0};
        connection.querySelect(select, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private static Process load(Path store, Path file, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.partnercities.kg.cli.KgCli", "load", "--store", store.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** One source graph with a city and many schools, every one conforming. */
    private static Path writeBulkSource(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    @prefix pck: <https://w3id.org/partner-cities-kg/ontology#> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                    @prefix dcterms: <http://purl.org/dc/terms/> .
                    @prefix id: <https://w3id.org/partner-cities-kg/id/> .
                    <%1$s> {
                      <%1$s> a pck:SourceDocument ; dcterms:title "Школы Сигмаграда"@ru ; dcterms:language "ru" ;
                          pck:subjectPeriod id:period\\/2021-01 .
                      id:period\\/2021-01 a pck:Period ; rdfs:label "Январь 2021 года"@ru ;
                          pck:startDate "2021-01"^^xsd:gYearMonth ; pck:endDate "2021-01"^^xsd:gYearMonth .
                      id:city\\/sigmagrad a pck:City ; rdfs:label "Сигмаград"@ru .
                    """.formatted(GRAPH));
            for (int i = 1; i <= SCHOOLS; i++)
                out.write("  id:school\\/sigmagrad-" + i + " a pck:School ; rdfs:label \"Школа № " + i
                        + " (Сигмаград)\"@ru ; pck:number \"" + i + "\" ; pck:locatedIn id:city\\/sigmagrad .\n");
            out.write("}\n");
        }
        return file;
    }
}
