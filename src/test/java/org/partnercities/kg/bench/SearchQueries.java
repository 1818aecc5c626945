package org.partnercities.kg.bench;

import java.util.List;
import java.util.Locale;

/**
 * Item 4: /api/search and the text:query it runs (sent to /sparql) beside the same word looked
 * for by scanning labels: FILTER(CONTAINS(LCASE(STR(?label)), word)) and REGEX(…, "i") over
 * rdfs:label and skos:altLabel, all matches (the index ranks all its matches too).
 */
final class SearchQueries {

    static final double MIN_SPEEDUP = 100;

    /** One row: words of one mode. */
    record Result(String name, int words, Latencies api, Latencies text, Latencies contains, Latencies regex) {
        double speedup() {
            return Math.min(contains.pct(50), regex.pct(50)) / text.pct(50);
        }

        boolean met() {
            return speedup() >= MIN_SPEEDUP;
        }
    }

    private SearchQueries() {}

    /**
     * Counts every match, so that the answer is one row: as a list of matches, /sparql's row cap
     * (kg.sparql.max-rows) stopped a scan for three common letters at its 10,000th match.
     */
    static String scan(String filter) {
        return """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT (COUNT(*) AS ?matches) WHERE {
                  SELECT DISTINCT ?entity ?label WHERE {
                    { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?label }
                    FILTER(%s)
                  }
                }
                """.formatted(filter);
    }

    static String contains(String word) {
        return scan("CONTAINS(LCASE(STR(?label)), \"" + escape(word) + "\")");
    }

    static String regex(String word, boolean prefix) {
        return scan("REGEX(STR(?label), \"" + (prefix ? "(^|[^\\\\p{L}])" : "") + escape(word) + "\", \"i\")");
    }

    private static String escape(String word) {
        // Words are letters only (Samples.words), so nothing here needs escaping for SPARQL or a regex.
        if (!word.matches("\\p{L}+"))
            throw new IllegalArgumentException("not a word: " + word);
        return word;
    }

    /** Each word {@code repeats} times through the API and its text query, once per scan. */
    static Result run(String name, List<String> words, boolean autocomplete, BenchHttp http, QueryRecorder recorder, int repeats) {
        Latencies api = new Latencies();
        Latencies text = new Latencies();
        Latencies contains = new Latencies();
        Latencies regex = new Latencies();
        for (String word : words) {
            String path = autocomplete ? "/api/search?mode=autocomplete&limit=10&q=" + ApiBenchmark.enc(word)
                    : "/api/search?q=" + ApiBenchmark.enc(word);
            recorder.start();
            http.get(path);
            List<String> queries = recorder.stop();
            http.sparql(queries);
            for (int i = 0; i < repeats; i++) {
                ApiQueries.record(api, http.get(path));
                ApiQueries.record(text, http.sparql(queries));
            }
            ApiQueries.record(contains, http.sparql(contains(word)));
            ApiQueries.record(regex, http.sparql(regex(word, autocomplete)));
        }
        System.err.printf(Locale.ROOT, "  search, %s: text p50 %.1f ms, CONTAINS p50 %.1f ms, REGEX p50 %.1f ms%n", name,
                text.pct(50), contains.pct(50), regex.pct(50));
        return new Result(name, words.size(), api, text, contains, regex);
    }

    static Table table(List<Result> results, int repeats, double timeoutMs) {
        Table table = new Table("4. Search: text index vs scanning labels",
                "Each word through /api/search and, as text to /sparql, the text:query it ran (" + repeats + " times each), "
                        + "beside one scan of rdfs:label and skos:altLabel per word for all matches: "
                        + "`FILTER(CONTAINS(LCASE(STR(?label)), word))` and `FILTER(REGEX(STR(?label), word, \"i\"))` "
                        + "(autocomplete: the regex anchored at a word start). Speed-up: the faster scan's p50 over the "
                        + "text query's p50. Aim: at least " + (int) MIN_SPEEDUP + "×.",
                "words", "n", "API p50 ms", "text:query p50 ms", "text:query p99 ms", "CONTAINS p50 ms", "REGEX p50 ms",
                "speed-up p50", "aim", "verdict");
        for (Result r : results)
            table.row(r.name(), r.words(), Latencies.show(r.api().pct(50), timeoutMs), Latencies.show(r.text().pct(50), timeoutMs),
                    Latencies.show(r.text().pct(99), timeoutMs), Latencies.show(r.contains().pct(50), timeoutMs),
                    Latencies.show(r.regex().pct(50), timeoutMs), String.format(Locale.ROOT, r.speedup() < 10 ? "%.2f" : "%.0f", r.speedup()),
                    "≥ " + (int) MIN_SPEEDUP + "×", Table.verdict(r.met()));
        return table;
    }
}
