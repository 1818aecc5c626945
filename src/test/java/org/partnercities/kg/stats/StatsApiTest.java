package org.partnercities.kg.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** Counts by type, city and year. */
class StatsApiTest extends HttpTestSupport {

    @Test
    void countsByTypeCityAndYear() {
        JsonNode stats = json("/api/stats");
        Map<String, Integer> byType = new HashMap<>();
        stats.path("byType").forEach(t -> byType.put(t.path("type").asString(), t.path("count").asInt()));
        assertThat(byType).containsEntry("city", 4).containsEntry("school", 12).containsEntry("person", 6)
                .containsEntry("agreement", 3).containsEntry("round-table", 3);

        Map<String, Integer> organizationsByCity = new HashMap<>();
        stats.path("byCity").forEach(c -> organizationsByCity.put(c.path("id").asString(), c.path("organizations").asInt()));
        assertThat(organizationsByCity).containsEntry("city/ivanovo", 8).containsEntry("city/magnitogorsk", 6);

        Map<String, Integer> eventsByYear = new HashMap<>();
        stats.path("byYear").forEach(y -> eventsByYear.put(y.path("year").asString(), y.path("events").asInt()));
        assertThat(eventsByYear).containsOnlyKeys("2018", "2019", "2020");
        assertThat(eventsByYear.get("2019")).isEqualTo(10);
        assertThat(stats.path("totals").path("sources").asInt()).isEqualTo(2);
    }
}
