package org.partnercities.kg.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the generated graph holds, counted in the files themselves: each kind in proportion to the
 * scale (national targets times the factor, and twice as many at twice the scale), a few big cities
 * with most cities small, a few very active schools, dates of every precision.
 */
class GeneratedShapeOfDataTest {

    /** National-scale targets of the issue, and how to count each in the data. */
    private static final Map<String, Long> TARGETS = Map.of(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a pck:City } }", 1_100L,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a pck:School } }", 40_000L,
            "SELECT (COUNT(DISTINCT ?m) AS ?n) { GRAPH ?g { ?m org:role role:director } }", 40_000L,
            "SELECT (COUNT(DISTINCT ?m) AS ?n) { GRAPH ?g { ?m org:role ?r } VALUES ?r { role:teacher role:deputy-director } }", 500_000L,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a pck:Practice } }", 2_000L,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } VALUES ?k { pck:Seminar pck:MasterClass pck:RoundTable "
                    + "pck:Consultation pck:Forum pck:Contest pck:Marathon pck:Videoconference pck:Talk pck:Visit "
                    + "pck:SiteVisit pck:Excursion } }", 100_000L,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } VALUES ?k { pck:Agreement pck:Memorandum "
                    + "pck:CooperationAgreement } }", 20_000L,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a pck:PracticeAdoption } }", 10_000L);

    @TempDir
    static Path dir;
    private static DatasetGraph small;
    private static DatasetGraph large;

    @BeforeAll
    static void generate() {
        small = Generated.read(Generated.generate(0.005, 3, dir, "small.nq.gz"));
        large = Generated.read(Generated.generate(0.01, 3, dir, "large.trig.gz"));
    }

    @Test
    void everyKindScalesWithTheFactor() {
        for (Map.Entry<String, Long> target : TARGETS.entrySet()) {
            long atSmall = Generated.count(small, target.getKey());
            long atLarge = Generated.count(large, target.getKey());
            double expected = target.getValue() * 0.01;
            assertThat((double) atLarge).as(target.getKey()).isCloseTo(expected, within(Math.max(1, 0.05 * expected)));
            assertThat((double) atLarge / atSmall).as(target.getKey()).isCloseTo(2.0, within(0.2));
        }
    }

    @Test
    void aFewBigCitiesAndManySmallOnes() {
        List<Long> perCity = column(large, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a pck:School ; "
                + "pck:locatedIn ?city } } GROUP BY ?city ORDER BY DESC(?n)");
        assertThat(perCity).hasSize(11);
        long median = perCity.get(perCity.size() / 2);
        double mean = perCity.stream().mapToLong(Long::longValue).average().orElseThrow();
        assertThat(perCity.get(0)).isGreaterThanOrEqualTo(4 * median);
        assertThat((double) median).isLessThan(mean);
    }

    @Test
    void aFewVeryActiveSchools() {
        // Events each school takes part in, schools that take part in none included.
        List<Long> perSchool = column(large, "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?s a pck:School } "
                + "OPTIONAL { GRAPH ?h { ?e pck:participant ?s } } } GROUP BY ?s ORDER BY DESC(?n)");
        assertThat(perSchool).hasSize(400);
        long median = perSchool.get(perSchool.size() / 2);
        long topFour = perSchool.subList(0, 4).stream().mapToLong(Long::longValue).sum();
        long all = perSchool.stream().mapToLong(Long::longValue).sum();
        assertThat(perSchool.get(0)).isGreaterThanOrEqualTo(10 * Math.max(1, median));
        assertThat((double) topFour / all).as("share of the top 1% of schools").isGreaterThan(0.1);
    }

    @Test
    void datesHaveEveryPrecision() {
        for (String datatype : List.of("date", "gYearMonth", "gYear"))
            assertThat(Generated.count(large, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?e a ?k ; pck:date ?d } "
                    + "FILTER(DATATYPE(?d) = <http://www.w3.org/2001/XMLSchema#" + datatype + ">) }")).as(datatype).isPositive();
        assertThat(Generated.count(large, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?e pck:during ?p ; pck:topic ?t } }"))
                .as("events known only by their school year").isPositive();
    }

    private static List<Long> column(DatasetGraph dataset, String select) {
        List<Long> values = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(Generated.PREFIXES + select).build()) {
            exec.execSelect().forEachRemaining(row -> values.add(row.getLiteral("n").getLong()));
        }
        return values;
    }
}
