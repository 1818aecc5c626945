package org.partnercities.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnercities.kg.graph.Neighbourhood;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.store.StoreStatistics;

/**
 * Item 2's fast questions and item 3 with and without TDB2's stats.opt, in alternating rounds
 * (without, with; then with, without; …) so that a change in the machine's load falls on both
 * conditions alike. Each round restarts the application on the store and waits for its start-up
 * statistics before measuring. A condition's figure pools its rounds; the per-round ratios show
 * whether the difference holds in every round or only on average.
 */
final class StatsComparison {

    /** The QUESTIONS argument of {@link ScaleBenchmark} that runs this comparison. */
    static final String ARGUMENT = "stats-ab";

    private static final List<String> QUESTIONS = List.of("entity", "search", "autocomplete", "schools of a city",
            "people of a school", "events of a city", "timeline", "neighbourhood");

    private StatsComparison() {}

    /** Measures {@code rounds} rounds of each condition; returns the tables. */
    static List<Table> run(Path store, ScaleBenchmark.Effort effort, int rounds) throws IOException {
        Path stats = ScaleBenchmark.dataDirectory(store).resolve("stats.opt");
        long writeStart = System.nanoTime();
        if (!Files.exists(stats))
            StoreStatistics.write(store);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        byte[] statistics = Files.readAllBytes(stats);

        Map<String, List<Latencies>> without = new LinkedHashMap<>();
        Map<String, List<Latencies>> with = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean withStats : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                if (withStats)
                    Files.write(stats, statistics);
                else
                    Files.deleteIfExists(stats);
                System.err.printf(Locale.ROOT, "Round %d, %s stats.opt…%n", round + 1, withStats ? "with" : "without");
                measure(store, effort, withStats ? with : without);
            }
        }
        Files.write(stats, statistics); // left as it was found, or as a load would leave it
        return List.of(table(without, with, rounds, writeSeconds, effort.timeout().toMillis()));
    }

    private static void measure(Path store, ScaleBenchmark.Effort effort, Map<String, List<Latencies>> into) {
        try (ScaleBenchmark.Running app = ScaleBenchmark.Running.start(store, effort.timeout())) {
            app.http().get("/api/stats"); // waits for the start-up counting, which would compete with the requests
            Samples samples = new Samples(app.bean(Sparql.class), ScaleBenchmark.SEED);
            List<ApiQueries.Case> cases = ApiQueries.cases(samples, effort.samples()).stream()
                    .filter(c -> QUESTIONS.stream().anyMatch(q -> c.name().contains(q))).toList();
            for (ApiQueries.Result result : ApiQueries.run(cases, app.http(), app.recorder(), effort.iterations()))
                into.computeIfAbsent(result.name(), k -> new ArrayList<>()).add(result.api());
            List<String[]> connected = samples.connectedPairs(app.bean(Neighbourhood.class), effort.pathPairs());
            List<String[]> random = samples.randomPairs(effort.pathPairs());
            for (PathQueries.Result result : List.of(
                    PathQueries.run("connected (2–4-step walk)", connected, app.http(), effort.pathRepeats(), false),
                    PathQueries.run("random", random, app.http(), effort.pathRepeats(), false)))
                into.computeIfAbsent("paths, " + result.name(), k -> new ArrayList<>()).add(result.api());
        }
    }

    private static Table table(Map<String, List<Latencies>> without, Map<String, List<Latencies>> with, int rounds,
                               double writeSeconds, double timeoutMs) {
        Table table = new Table("stats.opt, alternating rounds: API p50 with and without TDB2 statistics",
                String.format(Locale.ROOT, "%d rounds of each condition, alternating (without → with, then with → without), "
                        + "each on a freshly started application after its start-up statistics; a condition's p50 pools its "
                        + "rounds. stats.opt written by StoreStatistics (as `tdb2.tdbstats --graph urn:x-arq:UnionGraph`)%s. "
                        + "Aim: no slower (with/without ≤ 1.1) on every row; the entity aim is p50 < 30 ms.", rounds,
                        writeSeconds > 0.5 ? String.format(Locale.ROOT, " in %.1f s", writeSeconds) : ", already present"),
                "question", "p50 ms without", "p50 ms with", "with/without", "per round with/without", "aim", "verdict");
        for (Map.Entry<String, List<Latencies>> row : without.entrySet()) {
            List<Latencies> withRounds = with.get(row.getKey());
            double off = pooled(row.getValue()).pct(50);
            double on = pooled(withRounds).pct(50);
            List<String> perRound = new ArrayList<>();
            for (int i = 0; i < row.getValue().size(); i++)
                perRound.add(String.format(Locale.ROOT, "%.2f", withRounds.get(i).pct(50) / row.getValue().get(i).pct(50)));
            table.row(row.getKey(), Latencies.show(off, timeoutMs), Latencies.show(on, timeoutMs),
                    String.format(Locale.ROOT, "%.2f", on / off), String.join(", ", perRound), "≤ 1.1", Table.verdict(on / off <= 1.1));
        }
        return table;
    }

    private static Latencies pooled(List<Latencies> rounds) {
        Latencies all = new Latencies();
        rounds.forEach(all::addAll);
        return all;
    }
}
