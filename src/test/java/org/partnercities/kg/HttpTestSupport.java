package org.partnercities.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random loopback port with the seed graph in a real embedded store.
 * Every HTTP test extends this class, so they share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTestSupport {

    /**
     * The store under the application: the embedded one, or with {@code -Dkg.test.store=remote} a
     * standalone Fuseki server started for this JVM (the {@code remote-store} test run in pom.xml
     * runs the HTTP suites that way). Either way the application loads the sources itself.
     */
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        if (RemoteStore.wanted()) {
            RemoteStore.get().configure(registry);
        } else {
            registry.add("kg.store.directory", () -> "target/test-stores/http");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** GET a JSON resource that must answer 200. */
    protected JsonNode json(String path, Map<String, String> params) {
        HttpResponse<String> response = get(path + query(params));
        assertThat(response.statusCode()).as(path + params + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    protected JsonNode json(String path) {
        return json(path, Map.of());
    }

    /** GET that must fail with an RFC 9457 problem of this status; returns the problem. */
    protected JsonNode problem(int status, String path, Map<String, String> params) {
        HttpResponse<String> response = get(path + query(params));
        assertThat(response.statusCode()).as(path + params + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    protected static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    protected static String query(Map<String, String> params) {
        if (params.isEmpty())
            return "";
        return "?" + params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The values of a field of each element of an array. */
    protected static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asString()));
        return values;
    }
}
