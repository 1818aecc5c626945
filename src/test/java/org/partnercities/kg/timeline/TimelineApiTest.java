package org.partnercities.kg.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** Events in date order, month-only dates as months. */
class TimelineApiTest extends HttpTestSupport {

    @Test
    void ivanovoTimelineInDateOrderWithMonthsShownAsMonths() {
        JsonNode events = json("/api/timeline", Map.of("city", "ivanovo"));
        assertThat(values(events, "id")).containsExactly(
                "event/monthly-videoconferences",
                "event/consultation-moscow-1468-2019-11",
                "event/interregional-seminar-2019-12-20",
                "event/videoconference-2020-01-31",
                "event/talk-sitnova-2020-01-31",
                "event/city-marathon-online-2020",
                "event/sharing-experience-seminar-2020-06-26");
        assertThat(values(events, "dateLabel")).containsExactly("сентябрь 2019", "ноябрь 2019", "20 декабря 2019",
                "31 января 2020", "31 января 2020", "1 июня 2020", "26 июня 2020");
        assertThat(values(events, "datePrecision")).containsExactly("month", "month", "day", "day", "day", "day", "day");
    }

    @Test
    void rangeAndLanguage() {
        JsonNode events = json("/api/timeline", Map.of("from", "2019-05", "to", "2019-05", "lang", "en", "kind", "round-table"));
        assertThat(events.size()).isEqualTo(3);
        assertThat(values(events, "dateLabel")).allMatch("May 2019"::equals);
    }

    @Test
    void badTimelineParameters() {
        assertThat(problem(400, "/api/timeline", Map.of("from", "20-12-2019")).path("parameter").asString()).isEqualTo("from");
        assertThat(problem(400, "/api/timeline", Map.of("kind", "party")).path("parameter").asString()).isEqualTo("kind");
    }
}
