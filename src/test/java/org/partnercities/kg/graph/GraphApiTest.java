package org.partnercities.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** Neighbourhoods as Cytoscape.js elements. */
class GraphApiTest extends HttpTestSupport {

    @Test
    void neighbourhoodOfASchoolAtDepthOne() {
        JsonNode graph = json("/api/graph/school/ivanovo-56");
        Set<String> nodes = nodeIds(graph);
        assertThat(nodes).containsExactlyInAnyOrder("school/ivanovo-56", "city/ivanovo", "person/sitnova-elena-vladimirovna",
                "school/moscow-1286", "event/interregional-seminar-2019-12-20");
        assertThat(graph.path("truncated").asBoolean()).isFalse();
        graph.path("elements").path("edges").forEach(edge -> {
            assertThat(nodes).contains(edge.path("data").path("source").asString(), edge.path("data").path("target").asString());
            assertThat(edge.path("data").path("label").asString()).isNotBlank();
        });
        assertThat(graph.path("elements").path("edges").size()).isEqualTo(4);
        JsonNode centre = graph.path("elements").path("nodes").get(0).path("data");
        assertThat(centre.path("id").asString()).isEqualTo("school/ivanovo-56");
        assertThat(centre.path("type").asString()).isEqualTo("school");
        assertThat(centre.path("distance").asInt()).isZero();
    }

    @Test
    void aCappedNeighbourhoodSaysItWasCut() {
        JsonNode graph = json("/api/graph/city/ivanovo", Map.of("depth", "2", "limit", "10"));
        assertThat(graph.path("elements").path("nodes").size()).isEqualTo(10);
        assertThat(graph.path("truncated").asBoolean()).isTrue();
        assertThat(graph.path("nodesFound").asInt()).isGreaterThan(10);
    }

    @Test
    void badGraphParameters() {
        assertThat(problem(400, "/api/graph/city/ivanovo", Map.of("depth", "7")).path("parameter").asString()).isEqualTo("depth");
        assertThat(problem(400, "/api/graph/city/ivanovo", Map.of("limit", "0")).path("parameter").asString()).isEqualTo("limit");
        problem(404, "/api/graph/city/atlantis", Map.of());
    }

    private static Set<String> nodeIds(JsonNode graph) {
        Set<String> ids = new HashSet<>();
        graph.path("elements").path("nodes").forEach(n -> ids.add(n.path("data").path("id").asString()));
        return ids;
    }
}
