package org.partnercities.kg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HostileStrings;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * A bounded property over real HTTP: 200 requests to a few endpoints, each with generated
 * values (hostile, near-valid or valid) for some of its parameters and headers. No answer is a 5xx;
 * every 400 is a problem ({@code application/problem+json}) naming one of the parameters sent; the
 * store holds what it held. The seed is in the failure message; {@code -Dkg.fuzz.seed=…} replays it,
 * {@code -Dkg.fuzz.tries=…} asks for more.
 */
class HttpParametersPropertyTest extends HttpTestSupport {

    static final int TRIES = Integer.getInteger("kg.fuzz.tries", 200);
    /** Short enough that the URL stays under Tomcat's 8 KB however the characters encode (long ones: HostileRequestTest). */
    static final int MAX_LENGTH = 250;

    private record Endpoint(String path, Map<String, List<String>> parameters, Map<String, String> required) {}

    private static final List<String> IDS = List.of("city/ivanovo", "school/ivanovo-56", "person/sitnova-elena-vladimirovna", "ivanovo");
    private static final List<String> NUMBERS = List.of("1", "2", "3", "10", "50", "0", "-1", "501", "99999999999", "1.5", " 7");
    private static final List<String> DATES = List.of("2019", "2019-12", "2019-12-20", "2020");
    private static final List<String> LANGS = List.of("ru", "en", "EN");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/events", Map.ofEntries(Map.entry("city", IDS), Map.entry("kind", List.of("seminar", "visit")),
                    Map.entry("format", List.of("distance", "in-person")), Map.entry("from", DATES), Map.entry("to", DATES),
                    Map.entry("theme", List.of()), Map.entry("participant", IDS), Map.entry("q", List.of("семинар")),
                    Map.entry("sort", List.of("date", "-label")), Map.entry("limit", NUMBERS), Map.entry("offset", NUMBERS),
                    Map.entry("lang", LANGS)), Map.of()),
            new Endpoint("/api/organizations", Map.of("city", IDS, "kind", List.of("school", "gymnasium"), "q", List.of("школа"),
                    "limit", NUMBERS, "offset", NUMBERS, "lang", LANGS), Map.of()),
            new Endpoint("/api/search", Map.of("q", List.of("Иваново", "школа 56"), "type", List.of("city", "school"),
                    "mode", List.of("search", "autocomplete"), "limit", NUMBERS, "lang", LANGS), Map.of("q", "Иваново")),
            new Endpoint("/api/paths", Map.of("from", IDS, "to", IDS, "maxLength", NUMBERS, "limit", NUMBERS, "lang", LANGS),
                    Map.of("from", "city/ivanovo", "to", "school/ivanovo-56")),
            new Endpoint("/api/graph/school/ivanovo-56", Map.of("depth", NUMBERS, "limit", NUMBERS, "lang", LANGS), Map.of()),
            new Endpoint("/api/timeline", Map.of("from", DATES, "to", DATES, "city", IDS, "kind", List.of("seminar"),
                    "theme", List.of(), "lang", LANGS), Map.of()),
            new Endpoint("/id/city/ivanovo", Map.of("format", List.of("ttl", "jsonld", "html"), "page", NUMBERS,
                    "lang", LANGS), Map.of()));

    @Test
    void noParameterValueMakesTheServerFail() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        String before = statements();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            Map<String, String> params = new LinkedHashMap<>(endpoint.required());
            List<String> names = new ArrayList<>(endpoint.parameters().keySet());
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                String name = names.get(random.nextInt(names.size()));
                params.put(name, HostileStrings.next(random, MAX_LENGTH, endpoint.parameters().get(name)));
            }
            List<String> headers = new ArrayList<>();
            if (random.nextInt(3) == 0)
                headers.addAll(List.of("Accept-Language", header(HostileStrings.next(random, 200, List.of("en", "en-GB,en;q=0.9")))));
            if (endpoint.path().startsWith("/id/") && random.nextBoolean())
                headers.addAll(List.of("Accept", header(HostileStrings.next(random, 200, List.of("text/turtle", "text/html;q=0.5")))));
            String url = endpoint.path() + "?" + params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String failure = check(url, params, get(url, headers.toArray(String[]::new)));
            if (failure != null)
                failures.add(failure + " — " + HostileStrings.show(url) + " " + headers.stream().map(HostileStrings::show).toList());
        }
        assertThat(failures).as("with -Dkg.fuzz.seed=" + seed).isEmpty();
        assertThat(statements()).isEqualTo(before);
    }

    /** What is wrong with the answer, or null. */
    private static String check(String url, Map<String, String> params, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500)
            return "status " + status + ": " + response.body();
        if (status != 200 && status != 400 && status != 404 && status != 406)
            return "unexpected status " + status;
        if (status == 400) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))
                return "400 without a problem: " + response.headers().firstValue("Content-Type");
            JsonNode problem = parse(response.body());
            if (!params.containsKey(problem.path("parameter").asString()))
                return "400 naming '" + problem.path("parameter").asString() + "', not a parameter sent: " + response.body();
        }
        return null;
    }

    /** Header values are visible ASCII: what an HTTP client can send at all. */
    private static String header(String value) {
        String visible = value.chars().filter(c -> c >= 0x20 && c < 0x7F).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return visible.isEmpty() ? "*" : visible;
    }

    private String statements() {
        return json("/api/stats").path("totals").path("statements").asString();
    }
}
