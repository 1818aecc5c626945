package org.partnercities.kg.curation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.partnercities.kg.RemoteStore;
import org.partnercities.kg.TestStores;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on its own fresh store with a curator and a reader configured, small limits,
 * for the tests that change data (they must not disturb the shared read-only application).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kg.security.users[0].name=carla", "kg.security.users[0].password=curator-pass-1",
        "kg.security.users[0].role=curator",
        "kg.security.users[1].name=rita", "kg.security.users[1].password=reader-pass-1",
        "kg.security.users[1].role=reader",
        "kg.limits.max-body-size=64KB",
        "kg.sparql.max-rows=5"})
abstract class CurationTestSupport {

    static final String SOURCE = "https://w3id.org/partner-cities-kg/id/source/test-kineshma-2020";
    static final String CURATOR = basic("carla", "curator-pass-1");
    static final String READER = basic("rita", "reader-pass-1");
    static final String WRONG = basic("carla", "not-the-password");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A fresh store: embedded, or a standalone Fuseki of its own in the remote run. */
    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry registry) {
        if (RemoteStore.wanted()) {
            RemoteStore.get("curation").configure(registry);
        } else {
            Path store = TestStores.tempDirectory("kg-curation-store");
            registry.add("kg.store.directory", store::toString);
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String pathAndQuery, String authorization, String contentType, String body,
                              String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null)
            request.header("Authorization", authorization);
        if (contentType != null)
            request.header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> update(String authorization, String update) {
        return send("POST", "/update", authorization, "application/sparql-update", update);
    }

    HttpResponse<String> putGraph(String authorization, String graph, String turtle) {
        return send("PUT", "/data?graph=" + encode(graph), authorization, "text/turtle", turtle);
    }

    /** The number of rows a SELECT gives on the public endpoint (CSV, header excluded). */
    long count(String select) {
        HttpResponse<String> response = send("GET", "/sparql?query=" + encode(select), null, null, null, "Accept", "text/csv");
        if (response.statusCode() != 200)
            throw new AssertionError(response.statusCode() + ": " + response.body());
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().trim().replace("\"", ""));
    }

    long statements() {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    JsonNode search(String q) {
        HttpResponse<String> response = send("GET", "/api/search?q=" + encode(q), null, null, null);
        return JSON.readTree(response.body()).path("hits");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/curation", name));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
