package org.partnercities.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ingester measured against curated graphs: each seed report against the graph curated from it
 * (linking against the other sources only), and the test reports against the graphs written by
 * hand for them. Every draft conforms to the SHACL shapes. The three fresh sets, each written by an author who
 * never read the ingester's rules, were measured once as they came and are development data since: they keep
 * floors at the figures the rules reached on them.
 */
class IngestEvaluationTest {

    private static List<SeedEvaluation.Outcome> seeds;
    private static List<SeedEvaluation.Outcome> reports;
    private static List<SeedEvaluation.Outcome> fresh;
    private static List<SeedEvaluation.Outcome> fresh2;
    private static List<SeedEvaluation.Outcome> fresh3;
    private static List<SeedEvaluation.Outcome> fresh4;
    private static List<SeedEvaluation.Outcome> fresh5;

    @BeforeAll
    static void ingest() throws Exception {
        seeds = SeedEvaluation.run(IngestTestSupport.SEEDS, Path.of("data"), Path.of("ontology"));
        reports = new java.util.ArrayList<>(SeedEvaluation.runTests(IngestTestSupport.REPORTS, IngestTestSupport.EXPECTED,
                Path.of("data"), Path.of("ontology")));
        reports.addAll(SeedEvaluation.runTests(IngestTestSupport.HELD_OUT.resolve("reports"),
                IngestTestSupport.HELD_OUT.resolve("expected"), Path.of("data"), Path.of("ontology")));
        fresh = SeedEvaluation.runTests(IngestTestSupport.FRESH.resolve("reports"), IngestTestSupport.FRESH.resolve("expected"),
                Path.of("data"), Path.of("ontology"));
        fresh2 = SeedEvaluation.runTests(IngestTestSupport.FRESH_2.resolve("reports"), IngestTestSupport.FRESH_2.resolve("expected"),
                Path.of("data"), Path.of("ontology"));
        fresh3 = SeedEvaluation.runTests(IngestTestSupport.FRESH_3.resolve("reports"), IngestTestSupport.FRESH_3.resolve("expected"),
                Path.of("data"), Path.of("ontology"));
        fresh4 = SeedEvaluation.runTests(IngestTestSupport.FRESH_4.resolve("reports"), IngestTestSupport.FRESH_4.resolve("expected"),
                Path.of("data"), Path.of("ontology"));
        fresh5 = SeedEvaluation.runTests(IngestTestSupport.FRESH_5.resolve("reports"), IngestTestSupport.FRESH_5.resolve("expected"),
                Path.of("data"), Path.of("ontology"));
    }

    @Test
    void bothSeedsAreEvaluated() {
        assertThat(seeds).extracting(SeedEvaluation.Outcome::report)
                .containsExactly("000_a70b02388c99be29.txt", "004_d0514d8675bafa63.txt");
    }

    @Test
    void seedsMeetTheAims() {
        for (SeedEvaluation.Outcome o : seeds) {
            Evaluation.Result r = o.result();
            assertThat(r.entities().recall()).as(o.report() + " entity recall").isGreaterThanOrEqualTo(0.9);
            assertThat(r.entities().precision()).as(o.report() + " entity precision").isGreaterThanOrEqualTo(0.85);
            assertThat(r.allRelations().recall()).as(o.report() + " relation recall").isGreaterThanOrEqualTo(0.7);
            assertThat(r.allRelations().precision()).as(o.report() + " relation precision").isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void testReportsMeetTheEntityAimsAndKeepTheirRelationFigures() {
        assertThat(reports).extracting(SeedEvaluation.Outcome::report).containsExactly("kaluga-letters-of-thanks-2021.txt",
                "kineshma-visit-2020.txt", "rybinsk-contest-2022.txt", "tatarstan-memorandum-2021.txt",
                "tula-practice-adoption-2022.txt", "tver-programme-2021.txt", "chelyabinsk-videoconference-2021.txt",
                "cherepovets-webinar-2022.txt", "pskov-seminar-2020.txt");
        for (SeedEvaluation.Outcome o : reports) {
            Evaluation.Result r = o.result();
            assertThat(r.entities().recall()).as(o.report() + " entity recall").isGreaterThanOrEqualTo(0.9);
            assertThat(r.entities().precision()).as(o.report() + " entity precision").isGreaterThanOrEqualTo(0.85);
            assertThat(r.allRelations().recall()).as(o.report() + " relation recall").isGreaterThanOrEqualTo(0.7);
            // kineshma-visit-2020 is at 0.70 (docs/INGESTION.md says why): the floor guards against regressions.
            assertThat(r.allRelations().precision()).as(o.report() + " relation precision").isGreaterThanOrEqualTo(0.7);
        }
    }

    /**
     * Entity P, entity R, relation P, relation R, rounded down to 0.05: the figures after the rules were improved with
     * both fresh sets as development data (docs/INGESTION.md), kept as regression floors.
     */
    private static final Map<String, double[]> FRESH_FLOORS = Map.of(
            "arzamas-delegation-2023.txt", new double[] {0.90, 0.90, 0.95, 0.80},
            "chuvashia-agreement-2022.txt", new double[] {0.95, 0.95, 0.85, 0.65},
            "glazov-year-2021-2022.txt", new double[] {0.90, 0.90, 0.90, 0.75},
            "karelia-colleges-2023.txt", new double[] {0.95, 0.80, 0.90, 0.50});

    @Test
    void freshReportsKeepTheirFloors() {
        assertThat(fresh).extracting(SeedEvaluation.Outcome::report).containsExactly("arzamas-delegation-2023.txt",
                "chuvashia-agreement-2022.txt", "glazov-year-2021-2022.txt", "karelia-colleges-2023.txt");
        assertKeepsFloors(fresh, FRESH_FLOORS);
    }

    /** The second fresh set (fresh-2/): entity P, entity R, relation P, relation R, as for the first: development data, regression floors. */
    private static final Map<String, double[]> FRESH_2_FLOORS = Map.of(
            "irkutsk-agreement-2019.txt", new double[] {0.95, 0.90, 1.00, 0.95},
            "khabarovsk-delegation-2020.txt", new double[] {0.95, 0.90, 0.85, 0.80},
            "nalchik-festival-2020.txt", new double[] {0.85, 0.80, 0.70, 0.65},
            "syzran-year-2019-2020.txt", new double[] {0.90, 0.85, 1.00, 0.60});

    @Test
    void secondFreshReportsKeepTheirFloors() {
        assertThat(fresh2).extracting(SeedEvaluation.Outcome::report).containsExactly("irkutsk-agreement-2019.txt",
                "khabarovsk-delegation-2020.txt", "nalchik-festival-2020.txt", "syzran-year-2019-2020.txt");
        assertKeepsFloors(fresh2, FRESH_2_FLOORS);
    }

    /**
     * The third fresh set (fresh-3/): held out from rounds 1 and 2 (first measured at entity R 0.64–0.78, relation R
     * 0.16–0.43), development data of rules round 3 since: entity P, entity R, relation P, relation R at the figures
     * round 3 reaches on it, rounded down to 0.05, as regression floors (docs/INGESTION.md).
     */
    private static final Map<String, double[]> FRESH_3_FLOORS = Map.of(
            "adygea-planned-agreement-2023.txt", new double[] {0.95, 0.85, 0.75, 0.50},
            "cherepovets-seminars-2020-2021.txt", new double[] {0.95, 0.95, 1.00, 0.75},
            "nizhny-tagil-delegation-2021.txt", new double[] {0.95, 0.95, 1.00, 0.85},
            "stary-oskol-agreement-2022.txt", new double[] {1.00, 0.95, 1.00, 0.90});

    @Test
    void thirdFreshReportsKeepTheirFloors() {
        assertThat(fresh3).extracting(SeedEvaluation.Outcome::report).containsExactly("adygea-planned-agreement-2023.txt",
                "cherepovets-seminars-2020-2021.txt", "nizhny-tagil-delegation-2021.txt", "stary-oskol-agreement-2022.txt");
        assertKeepsFloors(fresh3, FRESH_3_FLOORS);
    }

    /**
     * The fourth fresh set (fresh-4/): held out until rules round 4, measured untouched after round 2 (relation R
     * 0.26–0.72) and after round 3 (relation R 0.52–0.75; docs/INGESTION.md keeps both), then development data of
     * round 4. Entity P, entity R, relation P, relation R after round 4, rounded down to 0.05.
     */
    private static final Map<String, double[]> FRESH_4_FLOORS = Map.of(
            "kirov-school-year-2021-2022.txt", new double[] {0.95, 1.00, 1.00, 0.90},
            "kostroma-online-seminar-2021.txt", new double[] {0.90, 0.90, 1.00, 0.75},
            "orenburg-ministry-agreement-2022.txt", new double[] {0.95, 0.90, 1.00, 0.90},
            "ulyanovsk-moscow-team-visit-2023.txt", new double[] {0.95, 0.95, 0.95, 0.80});

    @Test
    void fourthFreshReportsKeepTheirRoundFourFigures() {
        assertThat(fresh4).extracting(SeedEvaluation.Outcome::report).containsExactly("kirov-school-year-2021-2022.txt",
                "kostroma-online-seminar-2021.txt", "orenburg-ministry-agreement-2022.txt", "ulyanovsk-moscow-team-visit-2023.txt");
        assertKeepsFloors(fresh4, FRESH_4_FLOORS);
    }

    /**
     * The fifth fresh set (fresh-5/): held out from every rule author, measured untouched after round 3 and after
     * round 4 (docs/INGESTION.md keeps both). Entity P, entity R, relation P, relation R after round 4, rounded down
     * to 0.05: floors, not aims (relation recall is 0.39–0.63).
     */
    private static final Map<String, double[]> FRESH_5_FLOORS = Map.of(
            "bashkortostan-planned-agreement-2023.txt", new double[] {0.85, 0.85, 0.75, 0.55},
            "smolensk-inclusion-seminar-2022.txt", new double[] {0.85, 0.80, 0.80, 0.35},
            "tomsk-delegation-moscow-2023.txt", new double[] {0.95, 0.85, 1.00, 0.60},
            "vologda-school-year-2022-2023.txt", new double[] {0.95, 0.80, 0.80, 0.55});

    @Test
    void fifthFreshReportsKeepTheirFirstFigures() {
        assertThat(fresh5).extracting(SeedEvaluation.Outcome::report).containsExactly("bashkortostan-planned-agreement-2023.txt",
                "smolensk-inclusion-seminar-2022.txt", "tomsk-delegation-moscow-2023.txt", "vologda-school-year-2022-2023.txt");
        assertKeepsFloors(fresh5, FRESH_5_FLOORS);
    }

    private static void assertKeepsFloors(List<SeedEvaluation.Outcome> outcomes, Map<String, double[]> floors) {
        for (SeedEvaluation.Outcome o : outcomes) {
            Evaluation.Result r = o.result();
            double[] floor = floors.get(o.report());
            assertThat(r.entities().precision()).as(o.report() + " entity precision").isGreaterThanOrEqualTo(floor[0]);
            assertThat(r.entities().recall()).as(o.report() + " entity recall").isGreaterThanOrEqualTo(floor[1]);
            assertThat(r.allRelations().precision()).as(o.report() + " relation precision").isGreaterThanOrEqualTo(floor[2]);
            assertThat(r.allRelations().recall()).as(o.report() + " relation recall").isGreaterThanOrEqualTo(floor[3]);
        }
    }

    @Test
    void programmesRecognitionsAndAdoptionsKeepTheirFigures() {
        // The seeds and our own and held-out reports; the fresh sets (development data since) are not there yet
        // for these kinds, which their rules were not written for: docs/INGESTION.md gives their figures.
        for (SeedEvaluation.Outcome o : java.util.stream.Stream.of(seeds, reports).flatMap(List::stream).toList())
            assertThat(o.result().newKinds().allRelations().precision()).as(o.report() + " later kinds' relation precision")
                    .isGreaterThanOrEqualTo(0.8);
        // Seed 000 was curated by others: its thanks, programmes and events within them (its adoption's practice is
        // only in its own graph, which its evaluation leaves out).
        assertThat(seeds.get(0).result().newKinds().allRelations().recall()).as("000 later kinds' relation recall")
                .isGreaterThanOrEqualTo(0.7);
        for (SeedEvaluation.Outcome o : reports)
            if (List.of("kaluga-letters-of-thanks-2021.txt", "tula-practice-adoption-2022.txt", "tver-programme-2021.txt",
                    "cherepovets-webinar-2022.txt").contains(o.report()))
                assertThat(o.result().newKinds().allRelations().recall()).as(o.report() + " later kinds' relation recall")
                        .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theLaterKindsAreScoredApartFromTheFirstScope() {
        Graph curated = SeedEvaluation.graphOf(readString(Path.of("data/000-ivanovo-2019-2020.trig")));
        Graph fewer = SeedEvaluation.graphOf(readString(Path.of("data/000-ivanovo-2019-2020.trig")));
        fewer.remove(Node.ANY, Vocab.pck("recipient"), Node.ANY);
        Evaluation evaluation = new Evaluation(IngestTestSupport.SCHEMA.ontology());
        Evaluation.Result same = evaluation.compare(curated, curated, java.util.Set.of());
        assertThat(same.newKinds().entities().recall()).isEqualTo(1.0);
        assertThat(same.newKinds().allRelations().recall()).isEqualTo(1.0);
        Evaluation.Result without = evaluation.compare(fewer, curated, java.util.Set.of());
        assertThat(without.newKinds().relations().get("recognition-recipient").recall()).isEqualTo(0.0);
        assertThat(without.allRelations()).isEqualTo(same.allRelations());
    }

    private static String readString(Path path) {
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyDraftConformsToTheShapes() {
        for (SeedEvaluation.Outcome o : concat()) {
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            RDFParser.fromString(DraftWriter.trig(o.draft()), Lang.TRIG).parse(dataset);
            Node name = o.draft().source();
            Graph graph = dataset.getGraph(name);
            assertThat(graph.isEmpty()).as(o.report()).isFalse();
            assertThatCode(() -> IngestTestSupport.SCHEMA.prepare(name, graph, Map.of())).as(o.report()).doesNotThrowAnyException();
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        for (SeedEvaluation.Outcome o : concat()) {
            Path curated = o.curatedFile();
            List<Path> knowledge = o.report().startsWith("0") ? List.of() : List.of(Path.of("data/000-ivanovo-2019-2020.trig"));
            Path report = o.report().startsWith("0") ? IngestTestSupport.SEEDS.resolve(o.report())
                    : o.curatedFile().getParent().resolveSibling("reports").resolve(o.report());
            SeedEvaluation.Outcome first = SeedEvaluation.evaluate(report, curated, knowledge, IngestTestSupport.SCHEMA.ontology());
            SeedEvaluation.Outcome second = SeedEvaluation.evaluate(report, curated, knowledge, IngestTestSupport.SCHEMA.ontology());
            assertThat(DraftWriter.trig(second.draft())).as(o.report()).isEqualTo(DraftWriter.trig(first.draft()));
        }
    }

    @Test
    void aSeedIsNotLinkedToItsOwnCuratedGraph() {
        // Evaluated against the other sources only: Ivanovo is new when 000 is read, Moscow is known (from 004).
        Draft draft = seeds.get(0).draft();
        assertThat(draft.entities()).filteredOn(e -> e.iri().getURI().endsWith("/city/ivanovo")).singleElement()
                .satisfies(e -> assertThat(e.linked()).isFalse());
        assertThat(draft.entities()).filteredOn(e -> e.iri().getURI().endsWith("/city/moscow")).singleElement()
                .satisfies(e -> assertThat(e.linked()).isTrue());
    }

    private static List<SeedEvaluation.Outcome> concat() {
        return java.util.stream.Stream.of(seeds, reports, fresh, fresh2, fresh3, fresh4, fresh5).flatMap(List::stream).toList();
    }
}
