package org.partnercities.kg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** One entity on one screen: facts, relations both ways, sources with passages. */
class EntityApiTest extends HttpTestSupport {

    @Test
    void schoolWithCityDirectorEventsAndSources() {
        JsonNode school = json("/api/entities/school/ivanovo-56");
        assertThat(school.path("label").asString()).isEqualTo("Школа № 56");
        assertThat(school.path("type").asString()).isEqualTo("school");
        assertThat(related(school, "locatedIn", "out")).containsExactly("city/ivanovo");
        assertThat(related(school, "director", "out")).containsExactly("person/sitnova-elena-vladimirovna");
        assertThat(related(school, "collaboratesWith", "out")).containsExactly("school/moscow-1286");
        assertThat(related(school, "participatedIn", "out")).containsExactly("event/interregional-seminar-2019-12-20");
        assertThat(fact(school, "number")).containsExactly("56");
        JsonNode source = school.path("sources").get(0);
        assertThat(source.path("id").asString()).isEqualTo("source/ivanovo-mutual-learning-2019-2020");
        assertThat(values(source.path("passages"), "exact")).anyMatch(p -> p.contains("56"));
    }

    @Test
    void cityWithSchoolsPartnersAgreementsEventsAndPractices() {
        JsonNode city = json("/api/entities/city/ivanovo");
        assertThat(related(city, "locationOf", "out")).contains("school/ivanovo-56", "school/ivanovo-58",
                "authority/ivanovo-education-department");
        assertThat(related(city, "partnerOf", "out")).containsExactlyInAnyOrder("city/moscow", "city/ryazan");
        assertThat(related(city, "cityInvolvedIn", "out")).contains("agreement/moscow-ivanovo-2018");
        assertThat(related(city, "cityTookPartIn", "out")).contains("event/interregional-seminar-2019-12-20",
                "event/consultation-moscow-1468-2019-11");
        assertThat(related(city, "practiceSharedIn", "out")).containsExactly("adoption/creative-learning-environment-ivanovo-ryazan");
        assertThat(related(json("/api/entities/city/moscow"), "hostedEvent", "out")).containsExactly("event/consultation-moscow-1468-2019-11");
    }

    @Test
    void personShowsTheMostSpecificRelationOnly() {
        JsonNode person = json("/api/entities/person/sitnova-elena-vladimirovna");
        assertThat(person.path("altLabels").toString()).contains("Ситнова Е. В.");
        assertThat(related(person, "directorOf", "out")).containsExactly("school/ivanovo-56");
        assertThat(related(person, "memberOf", "out")).isEmpty();
        assertThat(related(person, "spokeAt", "out")).contains("event/videoconference-2020-01-31");
        assertThat(related(person, "participatedIn", "out")).isEmpty();
        assertThat(relationNames(person)).noneMatch(p -> p.startsWith("https://schema.org/") || p.startsWith("http://linkedevents.org/"));
    }

    @Test
    void incomingLinksWithoutAnInverseAreShown() {
        JsonNode event = json("/api/entities/event/contest-seen-in-ivanovo-implemented-in-ryazan");
        // pck:shownAt has no inverse: the adoption points at the contest.
        assertThat(related(event, "shownAt", "in")).containsExactly("adoption/creative-learning-environment-ivanovo-ryazan");
        JsonNode role = json("/api/entities/role/director");
        assertThat(related(role, "role", "in")).hasSize(2);
    }

    @Test
    void englishLabelsWhenAsked() {
        JsonNode city = json("/api/entities/city/magnitogorsk", Map.of("lang", "en"));
        assertThat(city.path("label").asString()).isEqualTo("Magnitogorsk");
        assertThat(city.path("typeLabel").asString()).isEqualTo("City");
    }

    @Test
    void unknownIdIs404AndMalformedIdIs400() {
        assertThat(problem(404, "/api/entities/school/ivanovo-999", Map.of()).path("detail").asString())
                .contains("school/ivanovo-999");
        assertThat(problem(400, "/api/entities/School/X", Map.of()).path("parameter").asString()).isEqualTo("id");
    }

    private static List<String> related(JsonNode entity, String property, String direction) {
        List<String> ids = new ArrayList<>();
        entity.path("relations").forEach(r -> {
            String iri = r.path("property").path("iri").asString();
            if ((iri.endsWith("#" + property) || iri.endsWith("/" + property)) && r.path("direction").asString().equals(direction))
                r.path("entities").forEach(e -> ids.add(e.path("id").asString()));
        });
        return ids;
    }

    private static List<String> relationNames(JsonNode entity) {
        List<String> names = new ArrayList<>();
        entity.path("relations").forEach(r -> names.add(r.path("property").path("iri").asString()));
        return names;
    }

    private static List<String> fact(JsonNode entity, String property) {
        List<String> values = new ArrayList<>();
        entity.path("facts").forEach(f -> {
            if (f.path("property").path("iri").asString().endsWith("#" + property))
                f.path("values").forEach(v -> values.add(v.path("value").asString()));
        });
        return values;
    }
}
