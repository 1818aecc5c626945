package org.partnercities.kg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

/**
 * Hostile strings in every parameter of every endpoint: each is answered with 200, 400 or 404,
 * never 500, and the store holds exactly what it held before.
 */
class InjectionTest extends HttpTestSupport {

    private static final List<String> HOSTILE = List.of(
            "\" } ; DROP ALL ; SELECT * { \"",
            "> } DROP ALL ; SELECT * WHERE { <x",
            "city/ivanovo> } ; CLEAR DEFAULT #",
            "'; DELETE WHERE { ?s ?p ?o } #",
            "ivanovo\" || true || \"",
            ") } UNION { ?s ?p ?o",
            "<script>alert(1)</script>",
            "*:* OR label:*",
            "\\u0000\\\\\\\"",
            "../../etc/passwd",
            "%00%27%22",
            "Иваново\nDROP ALL");

    private static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("/api/cities", List.of("q", "sort", "lang")),
            Map.entry("/api/organizations", List.of("city", "kind", "q", "sort")),
            Map.entry("/api/people", List.of("organization", "role", "q")),
            Map.entry("/api/practices", List.of("kind", "q")),
            Map.entry("/api/programmes", List.of("kind", "q")),
            Map.entry("/api/events", List.of("city", "kind", "format", "from", "to", "theme", "participant", "q", "sort")),
            Map.entry("/api/agreements", List.of("party", "kind", "from", "to", "q")),
            Map.entry("/api/search", List.of("q", "type", "mode", "lang")),
            Map.entry("/api/paths", List.of("from", "to")),
            Map.entry("/api/graph/city/ivanovo", List.of("lang")),
            Map.entry("/api/timeline", List.of("from", "to", "city", "kind", "theme")));

    @Test
    void hostileParametersAreHarmless() {
        String before = statements();
        for (var endpoint : PARAMETERS.entrySet())
            for (String parameter : endpoint.getValue())
                for (String value : HOSTILE) {
                    Map<String, String> params = new java.util.HashMap<>();
                    if (endpoint.getKey().equals("/api/search") && !parameter.equals("q"))
                        params.put("q", "школа");
                    if (endpoint.getKey().equals("/api/paths"))
                        params.putAll(Map.of("from", "city/ivanovo", "to", "city/moscow"));
                    params.put(parameter, value);
                    var response = get(endpoint.getKey() + query(params));
                    assertThat(response.statusCode()).as(endpoint.getKey() + " " + parameter + "=" + value)
                            .isIn(200, 400, 404);
                }
        for (String value : HOSTILE) {
            var response = get("/api/entities/city/" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("/api/entities/city/" + value).isIn(400, 404);
        }
        assertThat(statements()).isEqualTo(before);
        assertThat(json("/api/cities").path("total").asInt()).isEqualTo(4);
    }

    @Test
    void textFilterWithQuotesIsMatchedLiterally() {
        assertThat(json("/api/cities", Map.of("q", "\") || true || (\"")).path("total").asInt()).isZero();
        assertThat(json("/api/search", Map.of("q", "\" } DROP ALL")).path("total").asInt()).isZero();
    }

    private String statements() {
        return json("/api/stats").path("totals").path("statements").asString();
    }
}
