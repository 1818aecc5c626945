package org.partnercities.kg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The statistics are counted once and kept, but never shown stale after a change made here. */
class StatsAfterChangeTest extends CurationTestSupport {

    private static final String OTHER_SOURCE = "https://w3id.org/partner-cities-kg/id/source/test-stats-kineshma";

    @Test
    void aChangeIsCountedAtTheNextRequestAndUnchangedCountsAreKept() {
        HttpResponse<String> before = send("GET", "/api/stats", null, null, null);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Last-Modified")).isPresent();
        long sources = totals(before).path("sources").asLong();
        long statements = totals(before).path("statements").asLong();

        HttpResponse<String> again = send("GET", "/api/stats", null, null, null);
        assertThat(again.headers().firstValue("Last-Modified")).isEqualTo(before.headers().firstValue("Last-Modified"));
        assertThat(again.body()).isEqualTo(before.body());

        String turtle = fixture("kineshma-report.ttl").replace(SOURCE, OTHER_SOURCE);
        assertThat(putGraph(CURATOR, OTHER_SOURCE, turtle).statusCode()).isEqualTo(201);
        try {
            JsonNode after = totals(send("GET", "/api/stats", null, null, null));
            assertThat(after.path("sources").asLong()).isEqualTo(sources + 1);
            assertThat(after.path("statements").asLong()).isGreaterThan(statements);
        } finally {
            assertThat(send("DELETE", "/data?graph=" + encode(OTHER_SOURCE), CURATOR, null, null).statusCode()).isEqualTo(204);
        }
        JsonNode restored = totals(send("GET", "/api/stats", null, null, null));
        assertThat(restored.path("sources").asLong()).isEqualTo(sources);
        assertThat(restored.path("statements").asLong()).isEqualTo(statements);
    }

    private static JsonNode totals(HttpResponse<String> response) {
        return json(response).path("totals");
    }
}
