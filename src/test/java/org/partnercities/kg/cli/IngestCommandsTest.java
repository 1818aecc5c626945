package org.partnercities.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercities.kg.cli.CliRuns.copyOf;
import static org.partnercities.kg.cli.CliRuns.count;
import static org.partnercities.kg.cli.CliRuns.kg;
import static org.partnercities.kg.cli.CliRuns.loadProject;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.Isomorphism;
import org.partnercities.kg.cli.CliRuns.Run;

/**
 * {@code kg ingest | accept | reject} on a real embedded store holding the project's data: ingest
 * writes a draft and review and nothing to the store; accept loads it through the SHACL-gated change
 * path; a broken draft is refused and the store stays as it was; re-ingesting an accepted report
 * shows what would change; reject deletes the draft.
 */
class IngestCommandsTest {

    private static final Path REPORT = Path.of("src/test/resources/ingest/reports/kineshma-visit-2020.txt");
    private static final String SOURCE = "https://w3id.org/partner-cities-kg/id/source/kineshma-visit-2020";

    private static String[] ingest(Path store, Path out, Path report) {
        return new String[] {"ingest", "--store", store.toString(), "--out", out.toString(), report.toString()};
    }

    @Test
    void ingestThenAcceptLoadsTheDraftAndReingestShowsTheDifference(@TempDir Path store, @TempDir Path out) throws Exception {
        loadProject(store);
        DatasetGraph before = copyOf(store);

        Run ingest = kg(ingest(store, out, REPORT));
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Path draft = out.resolve("kineshma-visit-2020.trig");
        assertThat(draft).exists();
        assertThat(out.resolve("kineshma-visit-2020.review.md")).exists();
        assertThat(Files.readString(out.resolve("kineshma-visit-2020.review.html"))).contains("<table>", "Смирнова Ольга Николаевна");
        assertThat(ingest.out()).startsWith("# Review: kineshma-visit-2020.txt").contains("| linked |", "| new |");
        assertThat(Isomorphism.of(before, copyOf(store))).as("ingest writes nothing to the store").isTrue();

        Run accept = kg("accept", "--store", store.toString(), draft.toString());
        assertThat(accept.exit()).as(accept.err()).isZero();
        assertThat(accept.err()).contains("Accepted", ", new");
        assertThat(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + SOURCE + "> { "
                + "<https://w3id.org/partner-cities-kg/id/person/smirnova-olga-nikolaevna> ?p ?o } }")).isPositive();
        // Accepted through the text-indexed dataset: the new person is found by name.
        assertThat(count(store, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'Смирнова' }"))
                .isPositive();

        Run again = kg(ingest(store, out, REPORT));
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("already has this source exactly as drafted");

        Path changed = out.resolve("kineshma-visit-2020-changed.txt");
        Files.writeString(changed, Files.readString(REPORT) + "\nВ мае 2020 года педагоги лицея № 4 города Кинешмы "
                + "стали участниками форума «Город знаний».\n");
        Run diff = kg("ingest", "--store", store.toString(), "--out", out.toString(), "--slug", "kineshma-visit-2020",
                changed.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.err()).contains("accepting replaces it (+");
        assertThat(diff.out()).contains("## Already accepted", "+ <https://w3id.org/partner-cities-kg/id/event/forum-gorod-znany>");
    }

    @Test
    void aBrokenDraftIsRefusedAndTheStoreIsUnchanged(@TempDir Path store, @TempDir Path out) throws Exception {
        loadProject(store);
        assertThat(kg(ingest(store, out, REPORT)).exit()).isZero();
        Path draft = out.resolve("kineshma-visit-2020.trig");
        // Hand-edited: the lyceum loses its city, and a school needs exactly one.
        String edited = Files.readString(draft).replace(
                "pck:locatedIn city:kineshma ;\n      pck:number \"4\" .", "pck:number \"4\" .");
        assertThat(edited).isNotEqualTo(Files.readString(draft));
        Files.writeString(draft, edited);
        DatasetGraph before = copyOf(store);

        Run accept = kg("accept", "--store", store.toString(), draft.toString());
        assertThat(accept.exit()).isEqualTo(1);
        assertThat(accept.err()).contains("A school lies in exactly one city", "kineshma-lyceum-4", "nothing was written");
        assertThat(Isomorphism.of(before, copyOf(store))).isTrue();

        Files.writeString(draft, "this is { not TriG");
        Run garbage = kg("accept", "--store", store.toString(), draft.toString());
        assertThat(garbage.exit()).isEqualTo(1);
        assertThat(garbage.err()).contains("not valid TriG", "nothing was written");
        assertThat(Isomorphism.of(before, copyOf(store))).isTrue();
    }

    @Test
    void rejectDeletesTheDraftAndItsReviewOnly(@TempDir Path store, @TempDir Path out) throws Exception {
        loadProject(store);
        assertThat(kg(ingest(store, out, REPORT)).exit()).isZero();
        DatasetGraph before = copyOf(store);
        Run reject = kg("reject", out.resolve("kineshma-visit-2020.trig").toString());
        assertThat(reject.exit()).as(reject.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
        Path other = out.resolve("notes.trig");
        Files.writeString(other, "# my own file\n");
        assertThat(kg("reject", other.toString()).exit()).isEqualTo(2);
        assertThat(other).exists();
        assertThat(Isomorphism.of(before, copyOf(store))).isTrue();
    }

    @Test
    void badReportsAreRefusedWithAMessageAndNoDraft(@TempDir Path store, @TempDir Path out) throws Exception {
        loadProject(store);
        Path empty = Files.createFile(out.resolve("empty.txt"));
        Run run = kg(ingest(store, out, empty));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt: the file is empty", "no draft was written");
        Path english = out.resolve("english.txt");
        Files.writeString(english, "The delegation of Kineshma visited Moscow in February 2020 and met teachers there.");
        assertThat(kg(ingest(store, out, english)).err()).contains("not in Russian");
        assertThat(kg("ingest", "--store", store.toString(), "--published", "17.03.2020", REPORT.toString()).exit()).isEqualTo(2);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("empty.txt", "english.txt");
        }
    }
}
