package org.partnercities.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnercities.kg.vocab.PCK;

/**
 * Item 3: /api/paths (shortest connections up to 4 steps, direction ignored) beside one SPARQL
 * query asking the same: is there a path of 1, 2, 3 or 4 steps, and through what, shortest
 * first. Each step is a negated property set in both directions ({@code !(rdf:type|…|^rdf:type|…)});
 * the nodes in between must be entities other than sources and vocabulary hubs, as
 * graph/select-neighbours.rq requires of the endpoint's steps.
 */
final class PathQueries {

    static final double FAST_MS = 200;
    static final double MIN_SPEEDUP = 10;
    static final int MAX_LENGTH = 4;
    static final java.util.regex.Pattern NO_ROWS = java.util.regex.Pattern.compile("\"bindings\"\\s*:\\s*\\[\\s*\\]");

    /** One row: pairs of one kind. */
    record Result(String name, int pairs, Latencies api, Latencies sparql, int apiConnected, int sparqlConnected) {
        double speedup() {
            return sparql.pct(50) / api.pct(50);
        }

        boolean met() {
            return api.pct(50) < FAST_MS && speedup() >= MIN_SPEEDUP;
        }
    }

    private PathQueries() {}

    static String apiPath(String[] pair) {
        return "/api/paths?maxLength=" + MAX_LENGTH + "&from=" + ApiBenchmark.enc(pair[0]) + "&to=" + ApiBenchmark.enc(pair[1]);
    }

    /** The property-path question for a pair. */
    static String sparql(String[] pair) {
        String a = "<" + PCK.ID + pair[0] + ">";
        String b = "<" + PCK.ID + pair[1] + ">";
        String step = "!(rdf:type|pck:mentionedIn|pck:mentions|^rdf:type|^pck:mentionedIn|^pck:mentions)";
        StringBuilder q = new StringBuilder("""
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
                SELECT ?length ?x1 ?x2 ?x3 WHERE {
                """);
        for (int length = 1; length <= MAX_LENGTH; length++) {
            q.append(length == 1 ? "  { " : "  UNION { ");
            String previous = a;
            List<String> between = new ArrayList<>();
            for (int i = 1; i < length; i++) {
                String x = "?x" + i;
                q.append(previous).append(' ').append(step).append(' ').append(x).append(" . ");
                between.add(x);
                previous = x;
            }
            q.append(previous).append(' ').append(step).append(' ').append(b).append(" . ");
            for (String x : between)
                q.append("FILTER(isIRI(").append(x).append(") && STRSTARTS(STR(").append(x).append("), \"").append(PCK.ID)
                        .append("\") && !REGEX(STR(").append(x)
                        .append("), \"/id/(source|scheme|role|format|status|period|country|membership)/\") && ")
                        .append(x).append(" != ").append(a).append(" && ").append(x).append(" != ").append(b).append(") ");
            for (int i = 0; i < between.size(); i++)
                for (int j = i + 1; j < between.size(); j++)
                    q.append("FILTER(").append(between.get(i)).append(" != ").append(between.get(j)).append(") ");
            q.append("BIND(").append(length).append(" AS ?length) }\n");
        }
        return q.append("}\nORDER BY ?length\nLIMIT 10\n").toString();
    }

    /** Each pair asked {@code repeats} times of the API (after one warm-up) and once of SPARQL. */
    static Result run(String name, List<String[]> pairs, BenchHttp http, int repeats, boolean withSparql) {
        Latencies api = new Latencies();
        Latencies sparql = new Latencies();
        int apiConnected = 0;
        int sparqlConnected = 0;
        for (String[] pair : pairs) {
            BenchHttp.Answer first = http.get(apiPath(pair));
            if (!first.body().contains("\"paths\":[]"))
                apiConnected++;
            for (int i = 0; i < repeats; i++)
                ApiQueries.record(api, http.get(apiPath(pair)));
            if (withSparql) {
                BenchHttp.Answer answer = http.sparql(sparql(pair));
                ApiQueries.record(sparql, answer);
                if (!answer.timedOut() && !NO_ROWS.matcher(answer.body()).find())
                    sparqlConnected++;
            }
        }
        System.err.printf(Locale.ROOT, "  paths, %s: API p50 %.1f ms, SPARQL p50 %s ms (%d timeouts)%n", name, api.pct(50),
                Latencies.show(sparql.count() == 0 ? 0 : sparql.pct(50), http.timeout().toMillis()), sparql.timeouts());
        return new Result(name, pairs.size(), api, sparql, apiConnected, sparqlConnected);
    }

    static Table table(List<Result> results, int repeats, double timeoutMs) {
        Table table = new Table("3. Paths up to " + MAX_LENGTH + " steps vs a SPARQL property-path query",
                "/api/paths?maxLength=" + MAX_LENGTH + " for each pair " + repeats + " times (after one warm-up), beside one "
                        + "SPARQL query per pair: a UNION of fixed-length sequences (1–" + MAX_LENGTH + ") of "
                        + "`!(rdf:type|pck:mentionedIn|pck:mentions|^rdf:type|^pck:mentionedIn|^pck:mentions)` steps, "
                        + "the nodes between being entities other than sources and vocabulary hubs (as the endpoint), "
                        + "ORDER BY length LIMIT 10, stopped at " + (long) (timeoutMs / 1000) + " s (a timeout counts as "
                        + "slower than any answer). Aims: API p50 under " + (int) FAST_MS + " ms, at least "
                        + (int) MIN_SPEEDUP + "× faster than the property path.",
                "pairs", "n", "API p50 ms", "API p99 ms", "SPARQL p50 ms", "SPARQL p99 ms", "SPARQL timeouts",
                "connected (API / SPARQL)", "speed-up p50", "aim", "verdict");
        for (Result r : results)
            table.row(r.name(), r.pairs(), Latencies.show(r.api().pct(50), timeoutMs), Latencies.show(r.api().pct(99), timeoutMs),
                    Latencies.show(r.sparql().pct(50), timeoutMs), Latencies.show(r.sparql().pct(99), timeoutMs),
                    r.sparql().timeouts(), r.apiConnected() + " / " + r.sparqlConnected(),
                    Double.isInfinite(r.speedup()) ? String.format(Locale.ROOT, "> %.0f", timeoutMs / r.api().pct(50))
                            : String.format(Locale.ROOT, "%.1f", r.speedup()),
                    "p50 < " + (int) FAST_MS + " ms, ≥ " + (int) MIN_SPEEDUP + "×", Table.verdict(r.met()));
        return table;
    }
}
