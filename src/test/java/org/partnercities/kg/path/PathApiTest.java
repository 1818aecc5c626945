package org.partnercities.kg.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** Shortest connections between two entities. */
class PathApiTest extends HttpTestSupport {

    @Test
    void sitnovaIsConnectedToMoscowSchool1286ThroughHerSchool() {
        JsonNode result = json("/api/paths", Map.of("from", "person/sitnova-elena-vladimirovna", "to", "school/moscow-1286"));
        assertThat(result.path("shortest").asInt()).isEqualTo(2);
        JsonNode first = result.path("paths").get(0);
        assertThat(steps(first)).containsExactly(
                "person/sitnova-elena-vladimirovna -directorOf-> school/ivanovo-56",
                "school/ivanovo-56 -collaboratesWith-> school/moscow-1286");
        assertThat(first.path("steps").get(0).path("relation").asString()).isEqualTo("директор");
        assertThat(first.path("steps").get(0).path("from").path("label").asString()).isEqualTo("Ситнова Елена Владимировна");
        assertThat(first.path("steps").get(1).path("to").path("label").asString()).isEqualTo("Школа № 1286");
    }

    @Test
    void severalPathsShortestFirstNeverThroughSourcesOrVocabulary() {
        JsonNode result = json("/api/paths", Map.of("from", "city/ivanovo", "to", "city/moscow", "maxLength", "4"));
        assertThat(result.path("paths").size()).isEqualTo(4);
        assertThat(steps(result.path("paths").get(0))).containsExactly("city/ivanovo -partnerOf-> city/moscow");
        List<String> via = new ArrayList<>();
        result.path("paths").forEach(p -> { if (p.path("length").asInt() == 2) via.add(p.path("steps").get(0).path("to").path("id").asString()); });
        assertThat(via).containsExactlyInAnyOrder("agreement/moscow-ivanovo-2018", "event/consultation-moscow-1468-2019-11",
                "event/sharing-experience-seminar-2020-06-26");
        int previous = 0;
        for (JsonNode path : result.path("paths")) {
            assertThat(path.path("length").asInt()).isGreaterThanOrEqualTo(previous);
            previous = path.path("length").asInt();
            for (JsonNode step : path.path("steps"))
                assertThat(step.path("to").path("id").asString())
                        .doesNotStartWith("source/").doesNotStartWith("role/").doesNotStartWith("format/")
                        .doesNotStartWith("period/").doesNotStartWith("country/");
        }
        assertThat(result.path("paths").get(1).path("length").asInt()).isEqualTo(2);
    }

    @Test
    void schoolOfIvanovoToTheMoscowSchoolWhereItsConsultationWasHeld() {
        JsonNode result = json("/api/paths", Map.of("from", "school/ivanovo-21", "to", "school/moscow-1468"));
        assertThat(steps(result.path("paths").get(0))).containsExactly(
                "school/ivanovo-21 -participatedIn-> event/consultation-moscow-1468-2019-11",
                "event/consultation-moscow-1468-2019-11 -venue-> school/moscow-1468");
    }

    @Test
    void directionIsIgnored() {
        JsonNode result = json("/api/paths", Map.of("from", "school/moscow-1286", "to", "person/sitnova-elena-vladimirovna"));
        assertThat(steps(result.path("paths").get(0))).containsExactly(
                "school/moscow-1286 -collaboratesWith-> school/ivanovo-56",
                "school/ivanovo-56 -director-> person/sitnova-elena-vladimirovna");
    }

    @Test
    void noPathWithinTheLengthIsAnEmptyAnswer() {
        JsonNode result = json("/api/paths", Map.of("from", "person/sitnova-elena-vladimirovna", "to", "city/magnitogorsk", "maxLength", "1"));
        assertThat(result.path("paths").size()).isZero();
        assertThat(result.path("shortest").asInt()).isZero();
    }

    @Test
    void badPathParameters() {
        assertThat(problem(400, "/api/paths", Map.of("from", "city/ivanovo", "to", "city/ivanovo")).path("parameter").asString()).isEqualTo("to");
        assertThat(problem(400, "/api/paths", Map.of("from", "city/ivanovo", "to", "city/moscow", "maxLength", "9")).path("parameter").asString()).isEqualTo("maxLength");
        assertThat(problem(400, "/api/paths", Map.of("from", "ivanovo", "to", "city/moscow")).path("parameter").asString()).isEqualTo("from");
        assertThat(problem(400, "/api/paths", Map.of("from", "city/ivanovo")).path("parameter").asString()).isEqualTo("to");
        problem(404, "/api/paths", Map.of("from", "city/ivanovo", "to", "city/atlantis"));
    }

    private static List<String> steps(JsonNode path) {
        List<String> steps = new ArrayList<>();
        path.path("steps").forEach(s -> {
            String property = s.path("property").asString();
            steps.add(s.path("from").path("id").asString() + " -" + property.substring(property.lastIndexOf('#') + 1)
                    + "-> " + s.path("to").path("id").asString());
        });
        return steps;
    }
}
