package org.partnercities.kg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;

import tools.jackson.databind.JsonNode;

/**
 * Changes by a curator: applied when the changed sources conform (with materialisation and the text
 * index in step), refused with the report and the store untouched otherwise.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ChangeTest extends CurationTestSupport {

    private static final String KINESHMA = "https://w3id.org/partner-cities-kg/id/city/kineshma";
    private static final String LYCEUM = "https://w3id.org/partner-cities-kg/id/school/kineshma-lyceum-7";

    private long ask(String pattern) {
        return count("SELECT (COUNT(*) AS ?n) { " + pattern + " }");
    }

    private static java.util.List<String> ids(JsonNode hits) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    @Test
    void a_putNewSourceCreatesItMaterialisesAndIndexesIt() {
        HttpResponse<String> put = putGraph(CURATOR, SOURCE, fixture("kineshma-report.ttl"));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        assertThat(json(put).path("inferred").asInt()).isPositive();
        // Materialised: the lyceum is a school and an organisation, mentioned in its source.
        assertThat(ask("GRAPH <" + SOURCE + "> { <" + LYCEUM + "> a <https://w3id.org/partner-cities-kg/ontology#School> ; "
                + "<https://w3id.org/partner-cities-kg/ontology#mentionedIn> <" + SOURCE + "> }")).isEqualTo(1);
        // The text index knows the new city, in another word form.
        assertThat(ids(search("Кинешме"))).contains("city/kineshma");
        HttpResponse<String> get = send("GET", "/data?graph=" + encode(SOURCE), null, null, null, "Accept", "text/turtle");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("Лицей № 7 (Кинешма)");
    }

    @Test
    void b_updateThatConformsIsAppliedAndIndexed() {
        HttpResponse<String> response = update(CURATOR, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                INSERT DATA { GRAPH <%s> { <%s> skos:altLabel "Заволжская гимназия"@ru } }
                """.formatted(SOURCE, LYCEUM));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("graphs").path(SOURCE).asLong()).isPositive();
        assertThat(ids(search("Заволжская"))).contains("school/kineshma-lyceum-7");
    }

    @Test
    void c_changeThatBreaksTheShapesIsRefusedWithTheReportAndNothingChanges() {
        long before = statements();
        // A school without a city breaks "a school lies in exactly one city".
        HttpResponse<String> response = update(CURATOR, """
                PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                INSERT DATA { GRAPH <%s> { <https://w3id.org/partner-cities-kg/id/school/nowhere-1> a pck:School ;
                    rdfs:label "Школа нигде"@ru } }
                """.formatted(SOURCE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode violations = json(response).path("violations");
        assertThat(violations.size()).isPositive();
        assertThat(violations.toString()).contains("school/nowhere-1").contains("A school lies in exactly one city.");
        assertThat(statements()).isEqualTo(before);
        assertThat(search("нигде").size()).isZero();
    }

    @Test
    void d_deleteWhereRemovesAndTheIndexForgets() {
        HttpResponse<String> response = update(CURATOR, """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                DELETE WHERE { GRAPH <%s> { <%s> skos:altLabel ?name } }
                """.formatted(SOURCE, LYCEUM));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ids(search("Заволжская"))).doesNotContain("school/kineshma-lyceum-7");
    }

    @Test
    void e_putReplacesTheWholeGraphAndTheIndexFollows() {
        String renamed = fixture("kineshma-report.ttl").replace("\"Кинешма\"@ru", "\"Вичуга\"@ru");
        HttpResponse<String> put = putGraph(CURATOR, SOURCE, renamed);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(ids(search("Вичуге"))).contains("city/kineshma");
        assertThat(ids(search("Кинешме"))).doesNotContain("city/kineshma");
    }

    @Test
    void f_deleteRemovesTheGraphThen404() {
        HttpResponse<String> delete = send("DELETE", "/data?graph=" + encode(SOURCE), CURATOR, null, null);
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(ask("GRAPH <" + SOURCE + "> { ?s ?p ?o }")).isZero();
        assertThat(ids(search("Вичуге"))).doesNotContain("city/kineshma");
        assertThat(send("DELETE", "/data?graph=" + encode(SOURCE), CURATOR, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/data?graph=" + encode(SOURCE), null, null, null).statusCode()).isEqualTo(404);
    }
}
