package org.partnercities.kg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercities.kg.HttpTestSupport;

/** Every answer carries the security headers: pages, linked data, the API, SPARQL, errors of every origin. */
class SecurityHeadersTest extends HttpTestSupport {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "/,                                  text/html,               200",
            "/id/school/ivanovo-56,              text/html,               200",
            "/id/school/ivanovo-56,              text/turtle,             200",
            "/ontology,                          text/html,               200",
            "/api/cities,                        application/json,        200",
            "/sparql?query=ASK%7B%7D,            application/sparql-results+json, 200",
            "/explorer/app.js,                   */*,                     200",
            "/api/cities?limit=0,                application/json,        400",
            "/id/school/nothing-here,            text/html,               404",
            "/no/such/page,                      text/html,               404"})
    void everyAnswerCarriesTheSecurityHeaders(String path, String accept, int status) {
        HttpResponse<String> response = get(path, "Accept", accept);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertSecurityHeaders(response.headers());
    }

    @Test
    void errorsTomcatAnswersItselfCarryThemToo() {
        HttpResponse<String> tooLong = get("/api/cities?q=" + "a".repeat(20_000));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertSecurityHeaders(tooLong.headers());
        HttpResponse<String> undecodable = get("/id/city/%FF%FE");
        assertThat(undecodable.statusCode()).isEqualTo(400);
        assertSecurityHeaders(undecodable.headers());
    }

    @Test
    void thePolicyAllowsOnlyOurOwnScriptsAndNoFraming() {
        String policy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*", "http:", "https:");
    }

    @Test
    void swaggerUiMaySetStylesInlineButRunsOnlyItsOwnScripts() {
        HttpResponse<String> page = get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");
        assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(get("/v3/api-docs").headers().firstValue("Content-Security-Policy")).contains(SecurityHeadersFilter.POLICY);
    }

    static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(SecurityHeadersFilter.POLICY);
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
