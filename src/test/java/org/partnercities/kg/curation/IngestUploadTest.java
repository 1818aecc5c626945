package org.partnercities.kg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Report upload for curators ({@code /api/ingest}): a draft and its review come back and nothing is
 * written; accepting the draft goes through the SHACL-gated change path; readers and anonymous
 * users are refused; bad reports get a 400 that says what is wrong.
 */
class IngestUploadTest extends CurationTestSupport {

    private static String report() {
        try {
            return Files.readString(Path.of("src/test/resources/ingest/reports/kineshma-visit-2020.txt"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onlyCuratorsMayUpload() {
        assertThat(send("POST", "/api/ingest", null, "text/plain;charset=utf-8", report()).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/ingest", WRONG, "text/plain;charset=utf-8", report()).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/ingest", READER, "text/plain;charset=utf-8", report()).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/ingest/accept", READER, "application/trig", "").statusCode()).isEqualTo(403);
    }

    @Test
    void aCuratorGetsTheDraftAndReviewAndNothingIsWritten() {
        long before = statements();
        HttpResponse<String> response = send("POST", "/api/ingest?slug=kineshma-upload&published=2020-03-17", CURATOR,
                "text/plain;charset=utf-8", report());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var json = json(response);
        assertThat(json.path("source").asString()).isEqualTo("https://w3id.org/partner-cities-kg/id/source/kineshma-upload");
        assertThat(json.path("entities").asInt()).isGreaterThan(10);
        assertThat(json.path("linked").asInt()).isPositive();
        assertThat(json.path("draft").asString()).startsWith("# Draft proposed by `kg ingest`").contains("person:smirnova-olga-nikolaevna");
        assertThat(json.path("review").path("html").asString()).contains("<table>");
        assertThat(json.path("changes").path("existed").asBoolean()).isFalse();
        assertThat(statements()).isEqualTo(before);

        HttpResponse<String> html = send("POST", "/api/ingest?slug=kineshma-upload", CURATOR, "text/plain;charset=utf-8",
                report(), "Accept", "text/html,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).contains("<h1>Review: kineshma-upload.txt</h1>");
        HttpResponse<String> trig = send("POST", "/api/ingest?slug=kineshma-upload&published=2020-03-17", CURATOR, "text/plain;charset=utf-8",
                report(), "Accept", "application/trig");
        assertThat(trig.body()).isEqualTo(json.path("draft").asString());
    }

    @Test
    void aMultipartUploadTakesItsSlugFromTheFileName() {
        String boundary = "----kg-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"kineshma-file.txt\"\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + report() + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send("POST", "/api/ingest", CURATOR, "multipart/form-data; boundary=" + boundary, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("source").asString()).endsWith("/source/kineshma-file");
    }

    @Test
    void badReportsAreRefusedWithWhatIsWrong() {
        HttpResponse<String> empty = send("POST", "/api/ingest", CURATOR, "text/plain;charset=utf-8", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).path("detail").asString()).contains("the file is empty");
        HttpResponse<String> english = send("POST", "/api/ingest", CURATOR, "text/plain;charset=utf-8",
                "A delegation of teachers from Kineshma visited schools of Moscow in February 2020.");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(json(english).path("detail").asString()).contains("not in Russian");
        HttpResponse<String> date = send("POST", "/api/ingest?published=17.03.2020", CURATOR, "text/plain;charset=utf-8", report());
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).path("detail").asString()).contains("published '17.03.2020'");
        assertThat(send("POST", "/api/ingest", CURATOR, "application/pdf", report()).statusCode()).isEqualTo(415);
    }

    @Test
    void acceptingADraftLoadsItAndABrokenOneChangesNothing() {
        String draft = json(send("POST", "/api/ingest?slug=kineshma-accepted", CURATOR, "text/plain;charset=utf-8", report()))
                .path("draft").asString();
        String broken = draft.replace("pck:locatedIn city:kineshma ;\n      pck:number \"4\" .", "pck:number \"4\" .");
        assertThat(broken).isNotEqualTo(draft);
        long before = statements();
        HttpResponse<String> refused = send("POST", "/api/ingest/accept", CURATOR, "application/trig", broken);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("A school lies in exactly one city");
        assertThat(statements()).isEqualTo(before);

        String graph = "https://w3id.org/partner-cities-kg/id/source/kineshma-accepted";
        try {
            HttpResponse<String> accepted = send("POST", "/api/ingest/accept", CURATOR, "application/trig", draft);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            assertThat(statements()).isGreaterThan(before);
            assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> "
                    + "{ <https://w3id.org/partner-cities-kg/id/school/kineshma-lyceum-4> ?p ?o } }")).isPositive();

            var again = json(send("POST", "/api/ingest?slug=kineshma-accepted", CURATOR, "text/plain;charset=utf-8", report()));
            assertThat(again.path("changes").path("existed").asBoolean()).isTrue();
        } finally {
            // The curation suites share this application and its store: leave it as it was for them.
            send("DELETE", "/data?graph=" + encode(graph), CURATOR, null, null);
        }
        assertThat(statements()).isEqualTo(before);
    }
}
