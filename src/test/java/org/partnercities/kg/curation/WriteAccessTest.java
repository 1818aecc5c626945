package org.partnercities.kg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** Reads are public; SPARQL Update and Graph Store writes need a curator: 401 without or with wrong credentials, 403 for a reader. */
class WriteAccessTest extends CurationTestSupport {

    private static final String INSERT = "INSERT DATA { GRAPH <" + SOURCE + "> { <" + SOURCE
            + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"x\" } }";

    @Test
    void updateWithoutCredentialsIs401WithABasicChallenge() {
        long before = statements();
        HttpResponse<String> response = update(null, INSERT);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void wrongPasswordIs401() {
        assertThat(update(WRONG, INSERT).statusCode()).isEqualTo(401);
        assertThat(putGraph(WRONG, SOURCE, fixture("kineshma-report.ttl")).statusCode()).isEqualTo(401);
    }

    @Test
    void readerIs403ForEveryWrite() {
        long before = statements();
        assertThat(update(READER, INSERT).statusCode()).isEqualTo(403);
        assertThat(putGraph(READER, SOURCE, fixture("kineshma-report.ttl")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/data?graph=" + encode(SOURCE), READER, "text/turtle", fixture("kineshma-report.ttl")).statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/data?graph=" + encode(SOURCE), READER, null, null).statusCode()).isEqualTo(403);
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void graphStoreWritesWithoutCredentialsAre401() {
        assertThat(putGraph(null, SOURCE, fixture("kineshma-report.ttl")).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/data?graph=" + encode("https://w3id.org/partner-cities-kg/id/source/ivanovo-mutual-learning-2019-2020"),
                null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void readsStayPublic() {
        HttpResponse<String> graph = send("GET", "/data?graph=" + encode("https://w3id.org/partner-cities-kg/id/source/moscow-schools-visit-magnitogorsk-2019"),
                null, null, null, "Accept", "application/n-triples");
        assertThat(graph.statusCode()).isEqualTo(200);
        assertThat(graph.body()).contains("<https://w3id.org/partner-cities-kg/id/city/magnitogorsk>");
        assertThat(send("GET", "/api/cities", null, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health", null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedASignedInUser() {
        assertThat(send("GET", "/actuator/prometheus", null, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = send("GET", "/actuator/prometheus", READER, null, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds");
    }
}
