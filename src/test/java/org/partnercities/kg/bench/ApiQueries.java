package org.partnercities.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnercities.kg.api.EntityIds;

/**
 * Item 2: each API question over HTTP beside the very queries it ran, sent as text to /sparql
 * (recorded from the application's connection, so bound, paged and reshaped exactly as the API
 * does), alternating the two, over many different entities and words.
 */
final class ApiQueries {

    static final double FAST_MS = 30;
    static final double MAX_RATIO = 1.3;
    static final double ROW_BUDGET_MS = 40_000;
    static final int MIN_REQUESTS = 5;

    /**
     * One row: a question asked of each sample in turn. Its SPARQL baseline is what each request
     * ran, recorded; or, for an answer the application keeps ({@code baseline} not empty), the
     * queries it was computed by.
     */
    record Case(String name, boolean fastAim, List<String> paths, List<String> baseline) {
        Case(String name, boolean fastAim, List<String> paths) {
            this(name, fastAim, paths, List.of());
        }
    }

    /** A row's figures. */
    record Result(String name, boolean fastAim, int samples, Latencies api, Latencies sparql) {
        double ratio() {
            return api.pct(50) / sparql.pct(50);
        }

        boolean met() {
            return ratio() <= MAX_RATIO && (!fastAim || api.pct(50) < FAST_MS);
        }
    }

    private ApiQueries() {}

    /** The questions, for {@code n} samples each. */
    static List<Case> cases(Samples samples, int n) {
        List<String> entities = samples.mixed(n);
        List<String> cities = samples.entities("City", n);
        List<String> schools = samples.entities("School", n);
        List<String> words = samples.words(n);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("entity (mixed kinds)", true, entities.stream().map(e -> "/api/entities/" + EntityIds.id(e)).toList()));
        cases.add(new Case("list: schools of a city", false, cities.stream()
                .map(c -> "/api/organizations?kind=school&city=" + ApiBenchmark.enc(EntityIds.id(c))).toList()));
        cases.add(new Case("list: people of a school", false, schools.stream()
                .map(s -> "/api/people?organization=" + ApiBenchmark.enc(EntityIds.id(s))).toList()));
        cases.add(new Case("list: events of a city", false, cities.stream()
                .map(c -> "/api/events?city=" + ApiBenchmark.enc(EntityIds.id(c))).toList()));
        cases.add(new Case("list: organisations by name (q=)", false, words.stream()
                .map(w -> "/api/organizations?q=" + ApiBenchmark.enc(w)).toList()));
        cases.add(new Case("list: organisations by name prefix (q=, 3 letters)", false, words.stream()
                .map(w -> "/api/organizations?q=" + ApiBenchmark.enc(w.substring(0, 3))).toList()));
        // The word most organisation names share: the most rows to filter, label and sort.
        cases.add(new Case("list: organisations by a common word (q=школа)", false, List.of("/api/organizations?q="
                + ApiBenchmark.enc("школа"))));
        cases.add(new Case("search", true, words.stream().map(w -> "/api/search?q=" + ApiBenchmark.enc(w)).toList()));
        cases.add(new Case("autocomplete (3 letters)", true, words.stream()
                .map(w -> "/api/search?mode=autocomplete&limit=10&q=" + ApiBenchmark.enc(w.substring(0, 3))).toList()));
        cases.add(new Case("timeline of a city", false, cities.stream()
                .map(c -> "/api/timeline?city=" + ApiBenchmark.enc(EntityIds.id(c))).toList()));
        cases.add(new Case("stats (kept; baseline: the counting queries)", false, List.of("/api/stats"), statsQueries()));
        cases.add(new Case("neighbourhood, depth 1", false, entities.stream().map(e -> "/api/graph/" + EntityIds.id(e)).toList()));
        return cases;
    }

    /** Runs each case {@code iterations} times each way (after a warm-up), cycling through its samples. */
    static List<Result> run(List<Case> cases, BenchHttp http, QueryRecorder recorder, int iterations) {
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            Map<String, List<String>> queries = new LinkedHashMap<>();
            double slowest = 0;
            for (String path : c.paths()) {
                recorder.start();
                slowest = Math.max(slowest, http.get(path).ms());
                List<String> recorded = recorder.stop();
                queries.put(path, c.baseline().isEmpty() ? recorded : c.baseline());
                if (!c.baseline().isEmpty())
                    slowest = Math.max(slowest, http.sparql(c.baseline()).ms());
            }
            // A slow question (whole-store statistics take seconds) is asked fewer times: about
            // ROW_BUDGET per row, at least MIN_REQUESTS times each way.
            int requests = (int) Math.max(MIN_REQUESTS, Math.min(iterations, ROW_BUDGET_MS / (2 * Math.max(1, slowest))));
            int warmUp = Math.max(1, requests / 10);
            for (int i = 0; i < warmUp; i++) {
                String path = c.paths().get(i % c.paths().size());
                http.get(path);
                http.sparql(queries.get(path));
            }
            Latencies api = new Latencies();
            Latencies sparql = new Latencies();
            for (int i = 0; i < requests; i++) {
                String path = c.paths().get(i % c.paths().size());
                record(api, http.get(path));
                record(sparql, http.sparql(queries.get(path)));
            }
            results.add(new Result(c.name(), c.fastAim(), c.paths().size(), api, sparql));
            System.err.printf(Locale.ROOT, "  %s: API p50 %.1f ms, SPARQL p50 %.1f ms%n", c.name(), api.pct(50), sparql.pct(50));
        }
        return results;
    }

    /** The queries /api/stats counts with (run once and kept by the application). */
    private static List<String> statsQueries() {
        try (var files = Files.list(Path.of("src/main/resources/queries/stats"))) {
            List<String> queries = new ArrayList<>();
            for (Path file : files.sorted().toList())
                queries.add(Files.readString(file));
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void record(Latencies latencies, BenchHttp.Answer answer) {
        if (answer.timedOut())
            latencies.timeout();
        else
            latencies.add(answer.ms());
    }

    static Table table(List<Result> results, int iterations, double timeoutMs) {
        Table table = new Table("2. Queries through the API vs the same queries as SPARQL",
                "Each API request beside the queries it ran (recorded from the application's store connection), sent as "
                        + "text to /sparql on the same server, alternating, up to " + iterations + " requests each way per row "
                        + "(fewer for slow questions: about " + (int) (ROW_BUDGET_MS / 1000) + " s per row, at least "
                        + MIN_REQUESTS + "), cycling through the samples. Aims: p50 under " + (int) FAST_MS + " ms for entity, search and "
                        + "autocomplete; API/SPARQL p50 ≤ " + MAX_RATIO + " everywhere.",
                "question", "samples", "requests", "API p50 ms", "API p99 ms", "SPARQL p50 ms", "SPARQL p99 ms", "API/SPARQL p50", "aim", "verdict");
        for (Result r : results)
            table.row(r.name(), r.samples(), r.api().count(), Latencies.show(r.api().pct(50), timeoutMs), Latencies.show(r.api().pct(99), timeoutMs),
                    Latencies.show(r.sparql().pct(50), timeoutMs), Latencies.show(r.sparql().pct(99), timeoutMs),
                    String.format(Locale.ROOT, "%.2f", r.ratio()),
                    (r.fastAim() ? "p50 < " + (int) FAST_MS + " ms, " : "") + "ratio ≤ " + MAX_RATIO, Table.verdict(r.met()));
        return table;
    }
}
