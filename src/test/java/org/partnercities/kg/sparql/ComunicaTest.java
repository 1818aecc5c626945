package org.partnercities.kg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;
import org.partnercities.kg.vocab.PCK;

import tools.jackson.databind.JsonNode;

/**
 * Comunica (npm {@code @comunica/query-sparql}, installed by the build into src/test/comunica), an
 * independent SPARQL client, asks our endpoint competency questions and gets the expected answers.
 */
class ComunicaTest extends HttpTestSupport {

    @Test
    void comunicaGetsTheSchoolsOfMagnitogorsk() {
        JsonNode rows = comunica("""
                PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
                SELECT ?school WHERE { ?school a pck:School ; pck:locatedIn <https://w3id.org/partner-cities-kg/id/city/magnitogorsk> }""");
        assertThat(values(rows, "school")).containsExactlyInAnyOrder(PCK.ID + "school/magnitogorsk-5",
                PCK.ID + "school/magnitogorsk-gymnasium-53", PCK.ID + "school/magnitogorsk-boarding-school-3");
    }

    @Test
    void comunicaGetsTheAgreementsOfTheMoscowDepartmentInDateOrder() {
        JsonNode rows = comunica("""
                PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
                SELECT ?agreement ?date WHERE {
                  ?agreement pck:party <https://w3id.org/partner-cities-kg/id/authority/moscow-education-department> ;
                      pck:status <https://w3id.org/partner-cities-kg/id/status/signed> ; pck:date ?date .
                } ORDER BY STR(?date)""");
        assertThat(values(rows, "agreement")).containsExactly(PCK.ID + "agreement/moscow-ivanovo-2018",
                PCK.ID + "agreement/moscow-magnitogorsk-memorandum-2019");
        assertThat(values(rows, "date")).containsExactly("2018-04", "2019-05");
    }

    private JsonNode comunica(String query) {
        try {
            Process process = new ProcessBuilder("node", "src/test/comunica/query.mjs",
                    "http://localhost:" + port + "/sparql", query).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("comunica finished").isTrue();
            assertThat(process.exitValue()).as("comunica exit; output: " + out).isZero();
            return parse(out);
        } catch (IOException e) {
            throw new AssertionError("node and src/test/comunica/node_modules are needed (mvn installs them): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
