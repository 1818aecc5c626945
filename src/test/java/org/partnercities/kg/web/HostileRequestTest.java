package org.partnercities.kg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Requests no client should send, over real HTTP: bytes that are not UTF-8 in parameters and paths,
 * values far longer than any URL should be, header values that trip parsers, markup meant to be
 * reflected into a page. Each is a 4xx problem that says what is wrong — never a 500, never markup
 * echoed into HTML. (InjectionTest covers SPARQL and Lucene syntax in the parameters.)
 */
class HostileRequestTest extends HttpTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/cities?q=%FF%FE,                                  q",
            "/api/events?city=ivanovo&from=%C0%AF,                  from",
            "/api/search?q=%ED%A0%80,                               q",
            "/api/paths?from=city/ivanovo&to=city%2F%E0%80%80,      to",
            "/id/city/ivanovo?lang=%FF,                             lang",
            "/sparql?query=%FF%FE,                                  query",
            "/api/cities?%FF=1,                                     %FF"})
    void parametersThatAreNotUtf8AreNamedIn400(String pathAndQuery, String parameter) {
        JsonNode problem = problem(400, pathAndQuery);
        assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.path("detail").asString()).contains("'" + parameter + "'", "UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/cities?q=100%,  q", "/api/cities?lang=%G1,  lang", "/sparql?query=ASK%7B%7D&x=%%,  x"})
    void brokenPercentEscapesAreNamedIn400(String pathAndQuery, String parameter) throws IOException {
        // java.net.URI refuses to send these at all: written to the socket by hand.
        String answer = rawGet(pathAndQuery);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"parameter\":\"" + parameter + "\"");
    }

    @Test
    void aFormBodyThatIsNotUtf8IsA400() {
        HttpResponse<String> response = post("/sparql", "query=%FF%FE", "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(parse(response.body()).path("detail").asString()).contains("query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/city/%FF%FE", "/id/city/iva%C0%AFnovo", "/id/%ED%A0%80/x", "/api/entities/city/%E0%80%80",
            "/ontology%FF"})
    void pathsThatAreNotUtf8AreA400(String path) {
        JsonNode problem = problem(400, path);
        assertThat(problem.path("detail").asString()).contains("path", "UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cities?q=", "/api/search?q=", "/api/events?from=", "/id/city/", "/sparql?query=",
            "/api/paths?from=city/ivanovo&to="})
    void aValueOfAHundredThousandCharactersIsRefusedClearly(String prefix) {
        HttpResponse<String> response = get(prefix + "a".repeat(100_000));
        assertThat(response.statusCode()).as(prefix).isIn(400, 414);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(parse(response.body()).path("detail").asString()).contains("longer than this server accepts", "POST");
    }

    @Test
    void aLongValueThatFitsInTheUrlIsRefusedByItsParameter() {
        JsonNode problem = problem(400, "/api/cities?q=" + "a".repeat(5_000));
        assertThat(problem.path("parameter").asString()).isEqualTo("q");
        assertThat(problem.path("detail").asString()).contains("at most 200 characters");
        JsonNode limit = problem(400, "/api/cities?limit=" + "9".repeat(5_000));
        assertThat(limit.path("parameter").asString()).isEqualTo("limit");
        assertThat(limit.path("detail").asString()).hasSizeLessThan(300);
    }

    @Test
    void headerValuesThatTripParsersAreIgnored() {
        assertThat(get("/id/city/ivanovo", "Accept", ";").statusCode()).isEqualTo(406);
        assertThat(get("/.well-known/void", "Accept", "text/turtle, ;").statusCode()).isEqualTo(200);
        assertThat(get("/api/cities", "Accept-Language", "-").statusCode()).isEqualTo(200);
        // Spring MVC failed on an Accept it could not parse, and then could not write the problem either: empty 400 or 406.
        assertThat(get("/api/cities", "Accept", "q=1e400").statusCode()).isEqualTo(200);
        assertThat(get("/api/cities", "Accept", "text/html;q=1e400, application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> badPage = get("/id/city/ivanovo?page=x", "Accept", "q=1e400");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(parse(badPage.body()).path("parameter").asString()).isEqualTo("page");
        long start = System.nanoTime();
        HttpResponse<String> subtags = get("/api/cities", "Accept-Language", "a-".repeat(3_000) + "a, en;q=0.5");
        assertThat(subtags.statusCode()).isEqualTo(200);
        assertThat(subtags.body()).contains("Ivanovo");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void markupInParametersIsNeverEchoedIntoAPage() {
        List<String> payloads = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</title><svg onload=alert(1)>");
        for (String payload : payloads) {
            String value = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            for (String pathAndQuery : List.of("/id/school/ivanovo-56?lang=" + value, "/id/school/ivanovo-56?format=" + value,
                    "/id/school/ivanovo-56?page=" + value, "/ontology?format=" + value, "/?view=" + value + "&id=" + value,
                    "/id/school/" + value, "/id/" + value + "/ivanovo-56", "/no-such-page/" + value,
                    "/api/search?q=" + value + "&mode=" + value)) {
                HttpResponse<String> response = get(pathAndQuery, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
                assertThat(response.statusCode()).as(pathAndQuery).isLessThan(500);
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (type.startsWith("text/html"))
                    assertThat(response.body()).as(pathAndQuery).doesNotContain(payload).doesNotContain("onerror=alert")
                            .doesNotContain("onload=alert");
                else
                    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(pathAndQuery).contains("nosniff");
            }
        }
    }

    private JsonNode problem(int status, String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(pathAndQuery)
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        return parse(response.body());
    }

    /** The whole answer to a GET written to the socket as given, URL unchecked. */
    private String rawGet(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String path, String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
