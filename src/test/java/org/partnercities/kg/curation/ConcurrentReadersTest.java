package org.partnercities.kg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * While a curator replaces a source graph version after version, parallel readers of the public
 * endpoint always see one whole version: never a mix of two, never a half-written graph.
 */
class ConcurrentReadersTest extends CurationTestSupport {

    private static final String GRAPH = "https://w3id.org/partner-cities-kg/id/source/test-snapshots";
    private static final int SCHOOLS = 40;
    private static final int VERSIONS = 15;
    private static final int READERS = 8;

    private static String version(int v) {
        StringBuilder turtle = new StringBuilder(fixture("kineshma-report.ttl")
                .replace("test-kineshma-2020", "test-snapshots").replace("kineshma", "snapshot-town").replace("Кинешм", "Снапшотск"));
        for (int i = 1; i <= SCHOOLS; i++)
            turtle.append("<https://w3id.org/partner-cities-kg/id/school/snapshot-").append(i)
                    .append("> a <https://w3id.org/partner-cities-kg/ontology#School> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Школа ")
                    .append(i).append("\"@ru ; <http://www.w3.org/2004/02/skos/core#note> \"v").append(v)
                    .append("\" ; <https://w3id.org/partner-cities-kg/ontology#locatedIn> <https://w3id.org/partner-cities-kg/id/city/snapshot-town> .\n");
        return turtle.toString();
    }

    @Test
    void readersSeeOneWholeVersionWhileAWriterReplacesIt() throws Exception {
        String query = "SELECT (COUNT(DISTINCT ?note) AS ?versions) (COUNT(?s) AS ?n) { GRAPH <" + GRAPH + "> { "
                + "?s <http://www.w3.org/2004/02/skos/core#note> ?note } }";
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            readers.add(pool.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    HttpResponse<String> response = send("GET", "/sparql?query=" + encode(query), null, null, null,
                            "Accept", "text/csv");
                    assertThat(response.statusCode()).isEqualTo(200);
                    seen.add(response.body().lines().skip(1).findFirst().orElseThrow().trim());
                    reads++;
                }
                return reads;
            }));
        }
        try {
            for (int v = 1; v <= VERSIONS; v++) {
                HttpResponse<String> put = putGraph(CURATOR, GRAPH, version(v));
                assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
            }
        } finally {
            writing.set(false);
        }
        int reads = 0;
        for (Future<Integer> reader : readers)
            reads += reader.get();
        pool.shutdown();

        assertThat(reads).isGreaterThan(READERS);
        // Each answer: no version yet (0,0) or exactly one version with all its schools.
        assertThat(seen).allSatisfy(row -> assertThat(row).isIn("0,0", "1," + SCHOOLS));
        assertThat(seen).contains("1," + SCHOOLS);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + "> { ?s <http://www.w3.org/2004/02/skos/core#note> \"v"
                + VERSIONS + "\" } }")).isEqualTo(SCHOOLS);
    }
}
