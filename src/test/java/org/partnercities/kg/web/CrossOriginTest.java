package org.partnercities.kg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercities.kg.HttpTestSupport;

/**
 * CORS over real HTTP: any origin may read (GET, HEAD, and POST of a SPARQL query), nobody from
 * elsewhere may write — preflights for the update and graph store endpoints, or for PUT and DELETE
 * anywhere, are refused with 403 and no Access-Control-Allow-Origin, and so are writes sent from a
 * page of another origin.
 */
class CrossOriginTest extends HttpTestSupport {

    private static final String ELSEWHERE = "https://analyst.example.org";

    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=ASK%7B%7D", "/api/cities", "/api/network/nodes.csv", "/id/city/ivanovo",
            "/ontology", "/context.jsonld", "/.well-known/void"})
    void anyOriginMayRead(String path) {
        HttpResponse<String> response = send("GET", path, null, "Origin", ELSEWHERE);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                h -> assertThat(h).contains("Link", "Content-Location"));
    }

    @Test
    void dumpsAndHeadRequestsAreOpenToo() {
        HttpResponse<String> head = send("HEAD", "/dumps/partner-cities-kg.nt.gz", null, "Origin", ELSEWHERE);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(send("HEAD", "/api/cities", null, "Origin", ELSEWHERE).headers()
                .firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void aSparqlQueryMayBePostedFromAnywhere() {
        HttpResponse<String> response = send("POST", "/sparql", "ASK {}", "Origin", ELSEWHERE,
                "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("true");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        HttpResponse<String> form = send("POST", "/sparql", "query=ASK%20%7B%7D", "Origin", ELSEWHERE,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void thePreflightForAPostedQueryAllowsItsContentTypeAndAccept() {
        HttpResponse<String> preflight = preflight("/sparql", "POST", "content-type, accept");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                m -> assertThat(m).contains("POST", "GET"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                h -> assertThat(h.toLowerCase()).contains("content-type", "accept"));
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).isPresent();
    }

    @Test
    void thePreflightForReadingTheApiAllowsGetButNotPost() {
        HttpResponse<String> get = preflight("/api/search", "GET", "Accept, Accept-Language");
        assertThat(get.statusCode()).isEqualTo(204);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(get.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                m -> assertThat(m).doesNotContain("POST"));
        assertRefused(preflight("/api/cities", "POST", "content-type"));
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "/update,                 POST",
            "/update,                 GET",
            "/data?graph=x,           PUT",
            "/data?graph=x,           POST",
            "/data?graph=x,           DELETE",
            "/data,                   GET",
            "/sparql,                 PUT",
            "/sparql,                 DELETE",
            "/api/cities,             PUT",
            "/id/city/ivanovo,        DELETE",
            "/id/city/ivanovo,        PATCH"})
    void writesAreClosedToOtherOrigins(String path, String method) {
        assertRefused(preflight(path, method, "content-type"));
    }

    @Test
    void aPreflightForCredentialsIsRefused() {
        assertRefused(preflight("/sparql", "POST", "authorization, content-type"));
        assertRefused(preflight("/update", "POST", "authorization"));
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "/update,           POST",
            "/data?graph=x,     PUT",
            "/data?graph=x,     DELETE",
            "/api/cities,       DELETE"})
    void aWriteSentFromAnotherOriginIsRefused(String path, String method) {
        HttpResponse<String> response = send(method, path, "x", "Origin", ELSEWHERE,
                "Content-Type", "application/x-www-form-urlencoded");
        assertRefused(response);
        assertThat(response.body()).contains("Cross-origin request refused");
    }

    @Test
    void aWriteFromThisOriginOrWithoutOneIsLeftToTheEndpoint() {
        String here = "http://localhost:" + port;
        for (String[] headers : new String[][] {{"Origin", here}, {}}) {
            HttpResponse<String> response = send("DELETE", "/api/cities", null, headers);
            assertThat(response.body()).as(String.join(" ", headers)).doesNotContain("Cross-origin request refused");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void pagesThatAreNotDataAreNotOpened() {
        for (String path : new String[] {"/", "/swagger-ui.html", "/v3/api-docs"})
            assertThat(send("GET", path, null, "Origin", ELSEWHERE).headers()
                    .firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        assertRefused(preflight("/", "GET", null));
    }

    private HttpResponse<String> preflight(String path, String method, String headers) {
        return headers == null
                ? send("OPTIONS", path, null, "Origin", ELSEWHERE, "Access-Control-Request-Method", method)
                : send("OPTIONS", path, null, "Origin", ELSEWHERE, "Access-Control-Request-Method", method,
                        "Access-Control-Request-Headers", headers);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
