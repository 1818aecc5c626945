package org.partnercities.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnercities.kg.PartnerCitiesKgApplication;
import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.dump.DumpWriter;
import org.partnercities.kg.graph.Neighbourhood;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.store.StoreStatistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The national-scale query benchmarks (issue 7, items 2–6) on a store of the synthetic data,
 * each figure beside its baseline measured in the same run. Not a test: run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnercities.kg.bench.ScaleBenchmark -Dexec.args="0.1 target/scale [ITERATIONS [QUESTIONS]]"</pre>
 * With QUESTIONS, only the item-2 questions whose name contains it are asked (e.g. {@code q=}), or with
 * {@code paths} only item 3's API requests, and the report goes to WORKDIR/scale-benchmark-questions.md:
 * a quick before/after look at a few rows. With {@code stats-ab}, item 2's fast questions and item 3
 * are measured in alternating rounds with and without stats.opt ({@link StatsComparison}); the report
 * goes to WORKDIR/scale-benchmark-stats.md.
 * The first run at a scale generates and loads the data into WORKDIR/store-SCALE (see
 * {@link ScaleStore}); later runs reuse it. The application is started on the store (which adds
 * the ontology and data/ graphs, as at any start) on a random loopback port, and measured over
 * HTTP; items 2 and 3 are measured again with TDB2 statistics (stats.opt) in the store. The report
 * is printed and written to WORKDIR/scale-benchmark.md.
 */
public final class ScaleBenchmark {

    static final long SEED = 1;

    /** The QUESTIONS argument that measures item 3 (/api/paths) alone. */
    static final String PATHS = "paths";

    /** Rounds of each condition in the stats.opt comparison ({@link StatsComparison}). */
    static final int STATS_ROUNDS = 2;

    /** How much to ask: samples per question and requests per row; the SPARQL baselines' timeout. */
    record Effort(int samples, int iterations, int pathPairs, int pathRepeats, int searchWords, int searchRepeats, Duration timeout) {
        static Effort of(int iterations) {
            int samples = Math.max(3, Math.min(30, iterations / 5));
            return new Effort(samples, iterations, clamp(iterations / 12, 2, 12), clamp(iterations / 20, 2, 10),
                    clamp(iterations / 5, 2, 10), clamp(iterations / 20, 2, 10), Duration.ofSeconds(60));
        }

        private static int clamp(int value, int min, int max) {
            return Math.max(min, Math.min(max, value));
        }
    }

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2)
            throw new IllegalArgumentException("usage: ScaleBenchmark SCALE WORKDIR [ITERATIONS [QUESTIONS]]");
        double scale = Double.parseDouble(args[0]);
        Path workdir = Path.of(args[1]);
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String report = args.length > 3 ? questions(scale, workdir, Effort.of(iterations), args[3])
                : run(scale, workdir, Effort.of(iterations));
        System.out.println(report);
    }

    /** Prepares the store, measures, and writes the report to WORKDIR/scale-benchmark.md; returns it. */
    static String run(double scale, Path workdir, Effort effort) throws IOException {
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path store = ScaleStore.prepare(scale, workdir).toAbsolutePath();
        Path stats = dataDirectory(store).resolve("stats.opt");
        Files.deleteIfExists(stats);
        double timeoutMs = effort.timeout().toMillis();

        List<Table> tables = new ArrayList<>();
        List<ApiQueries.Result> api;
        List<PathQueries.Result> paths = new ArrayList<>();
        List<SearchQueries.Result> searches = new ArrayList<>();
        List<ExportAndFootprint.Dump> dumps = new ArrayList<>();
        ExportAndFootprint.Footprint footprint;
        List<String[]> connected;
        List<String[]> random;
        System.err.println("Measuring without stats.opt…");
        try (Running app = Running.start(store, effort.timeout())) {
            footprint = ExportAndFootprint.footprint(app.bean(EmbeddedStore.class).dataset(), store);
            Samples samples = new Samples(app.bean(Sparql.class), SEED);
            List<ApiQueries.Case> cases = ApiQueries.cases(samples, effort.samples());
            connected = samples.connectedPairs(app.bean(Neighbourhood.class), effort.pathPairs());
            random = samples.randomPairs(effort.pathPairs());
            List<String> words = samples.words(effort.searchWords());
            api = ApiQueries.run(cases, app.http(), app.recorder(), effort.iterations());
            paths.add(PathQueries.run("connected (2–4-step walk)", connected, app.http(), effort.pathRepeats(), true));
            paths.add(PathQueries.run("random", random, app.http(), effort.pathRepeats(), true));
            searches.add(SearchQueries.run("search (whole word)", words, false, app.http(), app.recorder(), effort.searchRepeats()));
            searches.add(SearchQueries.run("autocomplete (3 letters)", words.stream().map(w -> w.substring(0, 3)).toList(), true,
                    app.http(), app.recorder(), effort.searchRepeats()));
            DumpWriter writer = app.bean(DumpWriter.class);
            for (DumpFormat format : List.of(DumpFormat.NQUADS, DumpFormat.TURTLE))
                dumps.add(ExportAndFootprint.dump(writer, format, workdir));
        }

        System.err.println("Writing stats.opt and measuring items 2 and 3 again…");
        long statsStart = System.nanoTime();
        StoreStatistics.write(store);
        double statsSeconds = (System.nanoTime() - statsStart) / 1e9;
        List<ApiQueries.Result> apiWithStats;
        List<PathQueries.Result> pathsWithStats = new ArrayList<>();
        try (Running app = Running.start(store, effort.timeout())) {
            Samples samples = new Samples(app.bean(Sparql.class), SEED);
            apiWithStats = ApiQueries.run(ApiQueries.cases(samples, effort.samples()), app.http(), app.recorder(), effort.iterations());
            pathsWithStats.add(PathQueries.run("connected (2–4-step walk)", connected, app.http(), effort.pathRepeats(), false));
            pathsWithStats.add(PathQueries.run("random", random, app.http(), effort.pathRepeats(), false));
        }

        tables.add(ApiQueries.table(api, effort.iterations(), timeoutMs));
        tables.add(PathQueries.table(paths, effort.pathRepeats(), timeoutMs));
        tables.add(SearchQueries.table(searches, effort.searchRepeats(), timeoutMs));
        tables.add(ExportAndFootprint.dumpTable(dumps));
        tables.add(ExportAndFootprint.footprintTable(footprint));
        tables.add(statsTable(api, paths, apiWithStats, pathsWithStats, statsSeconds, timeoutMs));

        return write(workdir.resolve("scale-benchmark.md"), scale, started, load, store, tables);
    }

    /**
     * Item 2 only, for the questions whose name contains {@code only} (the same samples as a full
     * run draws): writes the report to WORKDIR/scale-benchmark-questions.md and returns it.
     */
    static String questions(double scale, Path workdir, Effort effort, String only) throws IOException {
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path store = ScaleStore.prepare(scale, workdir).toAbsolutePath();
        List<ApiQueries.Result> api;
        if (only.equals(PATHS))
            return paths(scale, workdir, effort, started, load, store);
        if (only.equals(StatsComparison.ARGUMENT))
            return write(workdir.resolve("scale-benchmark-stats.md"), scale, started, load, store,
                    StatsComparison.run(store, effort, STATS_ROUNDS));
        try (Running app = Running.start(store, effort.timeout())) {
            Samples samples = new Samples(app.bean(Sparql.class), SEED);
            List<ApiQueries.Case> cases = ApiQueries.cases(samples, effort.samples()).stream()
                    .filter(c -> c.name().contains(only)).toList();
            if (cases.isEmpty())
                throw new IllegalArgumentException("No question's name contains '" + only + "'");
            api = ApiQueries.run(cases, app.http(), app.recorder(), effort.iterations());
        }
        return write(workdir.resolve("scale-benchmark-questions.md"), scale, started, load, store,
                List.of(ApiQueries.table(api, effort.iterations(), effort.timeout().toMillis())));
    }

    /** Item 3's API side only (the pairs a full run draws), for a quick before/after look at /api/paths. */
    private static String paths(double scale, Path workdir, Effort effort, LocalDateTime started, double load, Path store)
            throws IOException {
        List<PathQueries.Result> paths = new ArrayList<>();
        try (Running app = Running.start(store, effort.timeout())) {
            Samples samples = new Samples(app.bean(Sparql.class), SEED);
            List<String[]> connected = samples.connectedPairs(app.bean(Neighbourhood.class), effort.pathPairs());
            List<String[]> random = samples.randomPairs(effort.pathPairs());
            paths.add(PathQueries.run("connected (2–4-step walk)", connected, app.http(), effort.pathRepeats(), false));
            paths.add(PathQueries.run("random", random, app.http(), effort.pathRepeats(), false));
        }
        return write(workdir.resolve("scale-benchmark-questions.md"), scale, started, load, store,
                List.of(PathQueries.table(paths, effort.pathRepeats(), effort.timeout().toMillis())));
    }

    private static String write(Path file, double scale, LocalDateTime started, double load, Path store, List<Table> tables)
            throws IOException {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "# Scale benchmark, scale %s%n%n", scale));
        report.append(String.format(Locale.ROOT, "Run %s on %d cores (load average %.2f at the start), Java %s, max heap %d MB. "
                        + "Store: %s — %s.%n%n", started, Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024), store, ScaleStore.loadNote(store)));
        report.append("Samples: ").append(Samples.description(SEED)).append("\n\n");
        tables.forEach(t -> report.append(t.markdown()));
        Files.writeString(file, report);
        return report.toString();
    }

    private static Table statsTable(List<ApiQueries.Result> api, List<PathQueries.Result> paths, List<ApiQueries.Result> apiWith,
                                    List<PathQueries.Result> pathsWith, double seconds, double timeoutMs) {
        Table table = new Table("stats.opt: items 2 and 3 with and without TDB2 statistics",
                String.format(Locale.ROOT, "The same API requests (same samples) after writing stats.opt (StoreStatistics, as "
                        + "`tdb2.tdbstats --graph urn:x-arq:UnionGraph`; took %.1f s) and restarting the application. "
                        + "TDB2 then orders a query's patterns by predicate counts instead of its fixed rules. "
                        + "Aim: no slower (with/without p50 ≤ 1.1).", seconds),
                "question", "API p50 ms without", "API p50 ms with", "API p99 ms without", "API p99 ms with", "with/without p50", "aim", "verdict");
        for (int i = 0; i < api.size(); i++)
            statsRow(table, api.get(i).name(), api.get(i).api(), apiWith.get(i).api(), timeoutMs);
        for (int i = 0; i < paths.size(); i++)
            statsRow(table, "paths, " + paths.get(i).name(), paths.get(i).api(), pathsWith.get(i).api(), timeoutMs);
        return table;
    }

    private static void statsRow(Table table, String name, Latencies without, Latencies with, double timeoutMs) {
        double ratio = with.pct(50) / without.pct(50);
        table.row(name, Latencies.show(without.pct(50), timeoutMs), Latencies.show(with.pct(50), timeoutMs),
                Latencies.show(without.pct(99), timeoutMs), Latencies.show(with.pct(99), timeoutMs),
                String.format(Locale.ROOT, "%.2f", ratio), "≤ 1.1", Table.verdict(ratio <= 1.1));
    }

    /** The one Data-NNNN directory TDB2 keeps its current data in. */
    static Path dataDirectory(Path store) throws IOException {
        try (var dirs = Files.list(store.resolve("tdb2"))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("Data-")).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("No Data-NNNN directory in " + store.resolve("tdb2")));
        }
    }

    /** The application on the store, on a random loopback port, with its store connection recorded. */
    record Running(ConfigurableApplicationContext context, BenchHttp http, QueryRecorder recorder) implements AutoCloseable {
        static Running start(Path store, Duration timeout) {
            QueryRecorder recorder = new QueryRecorder();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(PartnerCitiesKgApplication.class)
                    .initializers(c -> c.getBeanFactory().addBeanPostProcessor(recorder))
                    // As arguments: builder properties are defaults, which application.yaml overrides.
                    .run("--server.port=0", "--server.address=127.0.0.1", "--kg.store.directory=" + store,
                            "--kg.store.query-timeout=" + timeout.toSeconds() + "s",
                            "--logging.level.root=WARN", "--logging.level.org.apache.jena.fuseki=WARN");
            if (!context.getBean(EmbeddedStore.class).directory().equals(store))
                throw new IllegalStateException("The application opened " + context.getBean(EmbeddedStore.class).directory()
                        + ", not " + store);
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            return new Running(context, new BenchHttp(port, timeout), recorder);
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
