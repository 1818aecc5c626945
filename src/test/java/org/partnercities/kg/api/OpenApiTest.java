package org.partnercities.kg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** The OpenAPI 3 document describes every endpoint, parameter and response; Swagger UI is served. */
class OpenApiTest extends HttpTestSupport {

    @Test
    void everyEndpointAndParameterIsDescribed() {
        JsonNode doc = json("/v3/api-docs");
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("paths").propertyNames()).contains(
                "/api/cities", "/api/organizations", "/api/people", "/api/practices", "/api/programmes", "/api/events",
                "/api/agreements", "/api/entities/{kind}/{slug}", "/api/search", "/api/paths", "/api/graph/{kind}/{slug}",
                "/api/timeline", "/api/stats");
        List<String> undescribed = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode op = operation.getValue();
            if (op.path("summary").asString().isBlank())
                undescribed.add(path.getKey() + " (summary)");
            op.path("parameters").forEach(p -> {
                if (p.path("description").asString().isBlank())
                    undescribed.add(path.getKey() + " ?" + p.path("name").asString());
            });
            if (op.path("responses").propertyNames().stream().noneMatch(code -> code.startsWith("2")))
                undescribed.add(path.getKey() + " (2xx response)");
        }));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        var response = get("/swagger-ui/index.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("swagger-ui");
    }
}
