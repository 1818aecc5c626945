package org.partnercities.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale benchmark runs end to end at a tiny scale and writes its report: every section and
 * row, with figures that parse and are positive (its timings are not judged here).
 */
class ScaleBenchmarkTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Test
    void writesEverySectionAndRowWithPositiveFigures(@TempDir Path dir) throws Exception {
        ScaleBenchmark.Effort effort = new ScaleBenchmark.Effort(3, 6, 2, 2, 2, 2, Duration.ofSeconds(30));
        String report = ScaleBenchmark.run(0.002, dir, effort);

        assertThat(Files.readString(dir.resolve("scale-benchmark.md"))).isEqualTo(report);
        assertThat(dir.resolve("store-0.002/loaded.txt")).exists();
        Map<String, List<Map<String, String>>> tables = tables(report);
        assertThat(tables.keySet()).hasSize(6).allSatisfy(h -> assertThat(h).matches("(2|3|4|5|6)\\. .*|stats\\.opt: .*"));
        assertThat(names(tables, "2.")).containsExactly("entity (mixed kinds)", "list: schools of a city", "list: people of a school",
                "list: events of a city", "list: organisations by name (q=)", "list: organisations by name prefix (q=, 3 letters)",
                "list: organisations by a common word (q=школа)", "search", "autocomplete (3 letters)",
                "timeline of a city", "stats (kept; baseline: the counting queries)", "neighbourhood, depth 1");
        assertThat(names(tables, "3.")).containsExactly("connected (2–4-step walk)", "random");
        assertThat(names(tables, "4.")).containsExactly("search (whole word)", "autocomplete (3 letters)");
        assertThat(names(tables, "5.")).containsExactly("nq", "ttl");
        assertThat(names(tables, "6.")).containsExactly("stored statements (quads)", "TDB2 on disk", "Lucene index on disk",
                "store on disk, total", "heap in use after full GC");
        assertThat(names(tables, "stats.opt")).hasSize(14).contains("entity (mixed kinds)", "paths, random");

        tables.forEach((heading, rows) -> rows.forEach(row -> row.forEach((column, cell) -> {
            if (column.equals("aim") || column.equals("verdict") || column.equals(firstColumn(row)))
                return;
            if (row.containsValue("stored statements (quads)") && column.equals("per million statements")) {
                assertThat(cell).isEqualTo("—");
                return;
            }
            assertThat(cell).as("%s / %s", heading, column).containsPattern(NUMBER);
            for (double value : numbers(cell))
                if (column.contains("timeouts") || column.contains("connected") || column.contains("peak rise"))
                    assertThat(value).as("%s / %s", heading, column).isNotNegative();
                else
                    assertThat(value).as("%s / %s", heading, column).isPositive();
        })));
        assertThat(tables.values()).allSatisfy(rows -> assertThat(rows)
                .allSatisfy(row -> assertThat(row.get("verdict")).isIn("met", "**missed**", "reported")));

        // A narrower run on the same store: item 2, the questions named, into a report of its own.
        String narrow = ScaleBenchmark.questions(0.002, dir, effort, "q=");
        assertThat(Files.readString(dir.resolve("scale-benchmark-questions.md"))).isEqualTo(narrow);
        Map<String, List<Map<String, String>>> narrowTables = tables(narrow);
        assertThat(narrowTables.keySet()).singleElement().asString().startsWith("2. ");
        assertThat(names(narrowTables, "2.")).containsExactly("list: organisations by name (q=)",
                "list: organisations by name prefix (q=, 3 letters)", "list: organisations by a common word (q=школа)");
        assertThat(Files.readString(dir.resolve("scale-benchmark.md"))).isEqualTo(report);

        // The stats.opt comparison: alternating rounds, one row per question, a ratio per round.
        String stats = ScaleBenchmark.questions(0.002, dir, effort, StatsComparison.ARGUMENT);
        assertThat(Files.readString(dir.resolve("scale-benchmark-stats.md"))).isEqualTo(stats);
        Map<String, List<Map<String, String>>> statsTables = tables(stats);
        assertThat(statsTables.keySet()).singleElement().asString().startsWith("stats.opt, alternating rounds");
        assertThat(names(statsTables, "stats.opt")).containsExactly("entity (mixed kinds)", "list: schools of a city",
                "list: people of a school", "list: events of a city", "search", "autocomplete (3 letters)",
                "timeline of a city", "neighbourhood, depth 1", "paths, connected (2–4-step walk)", "paths, random");
        assertThat(statsTables.values().iterator().next()).allSatisfy(row -> {
            assertThat(numbers(row.get("per round with/without"))).hasSize(ScaleBenchmark.STATS_ROUNDS).allSatisfy(r -> assertThat(r).isPositive());
            assertThat(numbers(row.get("p50 ms without"))).singleElement().satisfies(v -> assertThat(v).isPositive());
            assertThat(numbers(row.get("p50 ms with"))).singleElement().satisfies(v -> assertThat(v).isPositive());
        });
        assertThat(ScaleBenchmark.dataDirectory(dir.resolve("store-0.002").toAbsolutePath()).resolve("stats.opt")).isNotEmptyFile();
    }

    /** Each "## heading" of the report with its table's rows, as column → cell. */
    private static Map<String, List<Map<String, String>>> tables(String report) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        String heading = null;
        List<String> header = null;
        for (String line : report.split("\n")) {
            if (line.startsWith("## ")) {
                heading = line.substring(3);
                header = null;
                tables.put(heading, new ArrayList<>());
            } else if (line.startsWith("|") && heading != null) {
                List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
                if (header == null)
                    header = cells;
                else if (!cells.get(0).startsWith("---")) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++)
                        row.put(header.get(i), cells.get(i));
                    tables.get(heading).add(row);
                }
            }
        }
        return tables;
    }

    private static List<String> names(Map<String, List<Map<String, String>>> tables, String headingStart) {
        return tables.entrySet().stream().filter(e -> e.getKey().startsWith(headingStart)).findFirst().orElseThrow()
                .getValue().stream().map(row -> row.values().iterator().next()).toList();
    }

    private static String firstColumn(Map<String, String> row) {
        return row.keySet().iterator().next();
    }

    private static List<Double> numbers(String cell) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(cell);
        while (m.find())
            values.add(Double.parseDouble(m.group()));
        return values;
    }
}
