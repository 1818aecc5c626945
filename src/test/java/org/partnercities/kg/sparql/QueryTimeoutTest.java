package org.partnercities.kg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercities.kg.TestStores;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query timeout really fires: an explosive query is stopped within the limit plus a margin,
 * with a clear error, and other requests are answered promptly meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryTimeoutTest {

    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** Every node to everything it reaches by any path, in any direction: unbounded. */
    private static final String UNBOUNDED_PATH = "SELECT (COUNT(*) AS ?n) { ?a (<urn:x:none>|!<urn:x:none>|^!<urn:x:none>)* ?b . ?c ?d ?e }";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kg.store.directory", () -> TestStores.tempDirectory("kg-timeout-store").toString());
        registry.add("kg.store.query-timeout", () -> "2s");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {CARTESIAN, UNBOUNDED_PATH})
    void explosiveQueryIsStoppedWithinTheLimitWhileOthersAreAnswered(String explosiveQuery) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> explosive = http.sendAsync(query(explosiveQuery), HttpResponse.BodyHandlers.ofString());

        Thread.sleep(300);
        long other = System.nanoTime();
        HttpResponse<String> quick = http.send(query("ASK { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString());
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - other)).isLessThan(Duration.ofSeconds(1));

        HttpResponse<String> stopped = explosive.get(20, java.util.concurrent.TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).containsIgnoringCase("timed out");
        assertThat(took).isLessThan(Duration.ofSeconds(2 + 3));
    }

    private HttpRequest query(String sparql) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build();
    }
}
