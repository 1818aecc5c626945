package org.partnercities.kg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Bad changes get a 4xx that says what and where, and leave the store as it was. */
class BadChangeTest extends CurationTestSupport {

    private static final String IVANOVO_SOURCE = "https://w3id.org/partner-cities-kg/id/source/ivanovo-mutual-learning-2019-2020";

    private JsonNode refused(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        return json(response);
    }

    @Test
    void malformedUpdateIs400WithLineAndColumn() {
        long before = statements();
        JsonNode problem = refused(400, update(CURATOR, "PREFIX x: <http://x/>\nINSERT DATA { GRAPH <" + IVANOVO_SOURCE + "> { x:a x:b } }"));
        assertThat(problem.path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("column").asInt()).isPositive();
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void malformedTurtleIs400WithLineAndColumn() {
        JsonNode problem = refused(400, putGraph(CURATOR, SOURCE,
                "@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b \"unterminated ."));
        assertThat(problem.path("line").asLong()).isEqualTo(3);
        assertThat(problem.path("detail").asString()).startsWith("line 3, column");
        assertThat(send("GET", "/data?graph=" + encode(SOURCE), null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertThat(send("PUT", "/data?graph=" + encode(SOURCE), CURATOR, "application/pdf", "%PDF").statusCode()).isEqualTo(415);
        assertThat(send("POST", "/update", CURATOR, "text/plain", "INSERT DATA {}").statusCode()).isEqualTo(415);
    }

    @Test
    void unacceptableAcceptIs406() {
        assertThat(send("GET", "/data?graph=" + encode(IVANOVO_SOURCE), null, null, null, "Accept", "image/png").statusCode())
                .isEqualTo(406);
    }

    @Test
    void bodyOverTheLimitIs413() {
        long before = statements();
        String big = "# " + "x".repeat(70 * 1024) + "\n";
        refused(413, putGraph(CURATOR, SOURCE, big));
        refused(413, update(CURATOR, big));
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void updatesMustNameASourceGraph() {
        long before = statements();
        assertThat(refused(400, update(CURATOR, "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"))
                .path("detail").asString()).contains("GRAPH <");
        assertThat(refused(400, update(CURATOR, "DROP ALL")).path("detail").asString()).contains("DEFAULT, NAMED and ALL");
        assertThat(refused(400, update(CURATOR, "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"))
                .path("detail").asString()).contains("GRAPH ?variable");
        assertThat(refused(400, update(CURATOR, "LOAD <http://example.org/data.ttl> INTO GRAPH <" + SOURCE + ">"))
                .path("detail").asString()).contains("not accepted");
        assertThat(refused(400, update(CURATOR, "INSERT DATA { GRAPH <https://w3id.org/partner-cities-kg/ontology> "
                + "{ <http://x/a> <http://x/b> <http://x/c> } }")).path("detail").asString()).contains("ontology");
        assertThat(refused(400, update(CURATOR, "INSERT { GRAPH <" + SOURCE + "> { ?s ?p ?o } } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"))
                .path("detail").asString()).contains("SERVICE");
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void badGraphParameterIs400() {
        assertThat(refused(400, putGraph(CURATOR, "not an iri", "")).path("parameter").asString()).isEqualTo("graph");
    }

    @Test
    void publicEndpointCapsRowsAndSaysSo() {
        HttpResponse<String> capped = send("GET", "/sparql?query=" + encode("SELECT ?s { ?s ?p ?o }"), null, null, null,
                "Accept", "text/csv");
        assertThat(capped.statusCode()).isEqualTo(200);
        assertThat(capped.body().lines().skip(1).count()).isEqualTo(5);
        assertThat(capped.headers().firstValue("KG-Max-Rows")).hasValue("5");
        HttpResponse<String> small = send("GET", "/sparql?query=" + encode("SELECT ?s { ?s ?p ?o } LIMIT 3"), null, null, null,
                "Accept", "text/csv");
        assertThat(small.body().lines().skip(1).count()).isEqualTo(3);
        assertThat(small.headers().firstValue("KG-Max-Rows")).isEmpty();
        HttpResponse<String> post = send("POST", "/sparql", null, "application/sparql-query", "SELECT ?s { ?s ?p ?o } LIMIT 50",
                "Accept", "text/csv");
        assertThat(post.body().lines().skip(1).count()).isEqualTo(5);
    }
}
