package org.partnercities.kg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** Full-text search and autocomplete over HTTP. */
class SearchApiTest extends HttpTestSupport {

    @ParameterizedTest(name = "«{0}» ranks {1} first")
    @CsvSource({
        "Иванове, city/ivanovo",
        "Магнитогорска, city/magnitogorsk",
        "Ситновой, person/sitnova-elena-vladimirovna",
        "гимназии 53, school/magnitogorsk-gymnasium-53",
        "ВСОКО, practice/internal-quality-assessment",
    })
    void anyWordFormFindsTheEntityFirst(String q, String id) {
        JsonNode result = json("/api/search", Map.of("q", q));
        assertThat(result.path("hits").get(0).path("id").asString()).isEqualTo(id);
    }

    @Test
    void hitsHaveTypeScoreAndSnippet() {
        JsonNode result = json("/api/search", Map.of("q", "конвергентных"));
        assertThat(values(result.path("hits"), "id")).contains("practice/convergent-education",
                "event/interregional-seminar-2019-12-20", "event/master-class-symbiosis-of-sciences");
        JsonNode hit = result.path("hits").get(0);
        assertThat(hit.path("type").asString()).isNotBlank();
        assertThat(hit.path("score").asDouble()).isPositive();
        assertThat(hit.path("snippet").asString().toLowerCase()).contains("конвергент");
        double previous = Double.MAX_VALUE;
        for (JsonNode h : result.path("hits")) {
            assertThat(h.path("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = h.path("score").asDouble();
        }
    }

    @Test
    void typeFilterKeepsOnlyThatKind() {
        JsonNode all = json("/api/search", Map.of("q", "школа"));
        JsonNode schools = json("/api/search", Map.of("q", "школа", "type", "school"));
        assertThat(values(all.path("hits"), "id")).anyMatch(id -> !id.startsWith("school/"));
        assertThat(values(schools.path("hits"), "id")).isNotEmpty().allMatch(id -> id.startsWith("school/"));
        assertThat(values(json("/api/search", Map.of("q", "школа", "type", "gymnasium")).path("hits"), "id"))
                .containsExactly("school/magnitogorsk-gymnasium-53");
        assertThat(problem(400, "/api/search", Map.of("q", "Иваново", "type", "castle")).path("parameter").asString())
                .isEqualTo("type");
    }

    @Test
    void autocompleteTakesTheLastWordAsAPrefixOfANameOnly() {
        assertThat(values(json("/api/search", Map.of("q", "Ситн", "mode", "autocomplete")).path("hits"), "id"))
                .contains("person/sitnova-elena-vladimirovna");
        assertThat(values(json("/api/search", Map.of("q", "Магнитого", "mode", "autocomplete")).path("hits"), "id"))
                .contains("city/magnitogorsk");
        assertThat(values(json("/api/search", Map.of("q", "Магнитогорск", "mode", "autocomplete")).path("hits"), "id"))
                .contains("city/magnitogorsk");
        assertThat(values(json("/api/search", Map.of("q", "Ситн")).path("hits"), "id"))
                .doesNotContain("person/sitnova-elena-vladimirovna");
        json("/api/search", Map.of("q", "Ситн", "mode", "autocomplete")).path("hits")
                .forEach(h -> assertThat(h.path("matchedIn").asString()).isEqualTo("name"));
    }

    @Test
    void luceneSyntaxIsSearchedAsText() {
        assertThat(json("/api/search", Map.of("q", "Иваново OR Рязань")).path("total").asInt())
                .isLessThan(json("/api/search", Map.of("q", "Иваново")).path("total").asInt());
        assertThat(json("/api/search", Map.of("q", "title:* AND ВСОКО")).path("hits").size()).isLessThanOrEqualTo(1);
    }

    @Test
    void badSearchParameters() {
        assertThat(problem(400, "/api/search", Map.of()).path("parameter").asString()).isEqualTo("q");
        assertThat(problem(400, "/api/search", Map.of("q", "  ")).path("parameter").asString()).isEqualTo("q");
        assertThat(problem(400, "/api/search", Map.of("q", "а".repeat(201))).path("parameter").asString()).isEqualTo("q");
        assertThat(problem(400, "/api/search", Map.of("q", "школа", "mode", "fuzzy")).path("parameter").asString()).isEqualTo("mode");
        assertThat(problem(400, "/api/search", Map.of("q", "школа", "limit", "1000")).path("parameter").asString()).isEqualTo("limit");
    }
}
