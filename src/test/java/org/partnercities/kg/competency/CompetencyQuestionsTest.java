package org.partnercities.kg.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.vocab.PCK;

/**
 * Each question of ../shared/competency-questions.md, asked with its query in
 * queries/competency/, against the real store loaded from ontology/ and data/.
 */
class CompetencyQuestionsTest {

    private static RDFConnection connection;

    @BeforeAll
    static void connect() {
        connection = TestStores.sharedConnection();
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void cq1MagnitogorskSchoolsWithWhatEachIsKnownFor() {
        Map<String, Set<String>> knownFor = new TreeMap<>();
        for (QuerySolution row : select("cq1-magnitogorsk-schools.rq"))
            knownFor.computeIfAbsent(id(row, "school"), k -> new TreeSet<>()).add(id(row, "knownFor"));

        assertThat(knownFor).isEqualTo(Map.of(
                "school/magnitogorsk-5", Set.of("project/temp", "project/self-learning-organisation"),
                "school/magnitogorsk-gymnasium-53", Set.of("practice/digital-educational-environment",
                        "practice/internal-quality-assessment"),
                "school/magnitogorsk-boarding-school-3", Set.of("practice/inclusive-education",
                        "organization/magnitogorsk-boarding-school-3-polyclinic")));
    }

    @Test
    void cq2IvanovoEventsInDateOrder() {
        List<String> events = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (QuerySolution row : select("cq2-ivanovo-events.rq")) {
            events.add(id(row, "event"));
            dates.add(row.getLiteral("date").getLexicalForm());
        }
        assertThat(events).containsExactly(
                "event/monthly-videoconferences",
                "event/consultation-moscow-1468-2019-11",
                "event/interregional-seminar-2019-12-20",
                "event/videoconference-2020-01-31",
                "event/city-marathon-online-2020",
                "event/sharing-experience-seminar-2020-06-26");
        assertThat(dates).containsExactly("2019-09", "2019-11", "2019-12-20", "2020-01-31", "2020-06-01", "2020-06-26");
    }

    @Test
    void cq3AgreementsOfTheMoscowDepartment() {
        List<String> rows = new ArrayList<>();
        for (QuerySolution row : select("cq3-moscow-department-agreements.rq"))
            rows.add(id(row, "agreement") + " " + row.getResource("kind").getLocalName() + " "
                    + id(row, "partner") + " " + row.getLiteral("date").getLexicalForm());
        assertThat(rows).containsExactly(
                "agreement/moscow-ivanovo-2018 Agreement authority/ivanovo-education-department 2018-04",
                "agreement/moscow-magnitogorsk-memorandum-2019 Memorandum authority/magnitogorsk-education-department 2019-05");
    }

    @Test
    void cq4NamedPeopleWithRoleAndOrganisation() {
        Set<String> rows = new TreeSet<>();
        for (QuerySolution row : select("cq4-named-people-roles.rq"))
            rows.add(row.getLiteral("name").getLexicalForm() + " | " + id(row, "role") + " | " + id(row, "organization"));
        assertThat(rows).containsExactlyInAnyOrder(
                "Ситнова Елена Владимировна | role/director | school/ivanovo-56",
                "Наталья Никифорова | role/director | school/magnitogorsk-5",
                "И. И. Калина | role/minister | organization/moscow-government",
                "И. И. Калина | role/head-of-department | authority/moscow-education-department",
                "Наталья Сафонова | role/head-of-department | authority/magnitogorsk-education-department");
    }

    @Test
    void cq5RoundTablesOfTheMagnitogorskVisitAndWhere() {
        Map<String, String> where = new TreeMap<>();
        for (QuerySolution row : select("cq5-magnitogorsk-round-tables.rq"))
            where.put(row.getLiteral("title").getLexicalForm(), id(row, "where"));
        assertThat(where).isEqualTo(Map.of(
                "Эффективное управление школой в современных условиях", "school/magnitogorsk-5",
                "Сетевое взаимодействие как механизм управления качеством образования", "event/technical-forum-vremya-vperyod-4",
                "Повышение эффективности деятельности педагога в условиях цифровизации", "school/magnitogorsk-gymnasium-53"));
    }

    @Test
    void cq6DistanceEvents() {
        List<String> events = select("cq6-distance-events.rq").stream().map(row -> id(row, "event")).toList();
        assertThat(events).containsExactlyInAnyOrder(
                "event/monthly-videoconferences",
                "event/videoconference-2020-01-31",
                "event/videoconference-2020-05-29",
                "event/city-marathon-online-2020",
                "event/sharing-experience-seminars",
                "event/sharing-experience-seminar-2020-06-26");
    }

    @Test
    void cq7MoscowSchoolsOfTheMagnitogorskVisitAndItsOutcomes() {
        Set<String> rows = new TreeSet<>();
        for (QuerySolution row : select("cq7-moscow-schools-magnitogorsk-visit.rq"))
            rows.add(id(row, "school") + " -> " + id(row, "outcome")
                    + (row.contains("countMoreThan") ? " (more than " + row.getLiteral("countMoreThan").getInt() + ")" : ""));
        assertThat(rows).containsExactlyInAnyOrder(
                "school/moscow-1208 -> agreement/moscow-magnitogorsk-memorandum-2019",
                "school/moscow-1208 -> agreement/moscow-magnitogorsk-school-agreements-2019 (more than 20)",
                "school/moscow-1208 -> organization/cluster-2m",
                "school/moscow-1580 -> agreement/moscow-magnitogorsk-memorandum-2019",
                "school/moscow-1580 -> agreement/moscow-magnitogorsk-school-agreements-2019 (more than 20)",
                "school/moscow-1580 -> organization/cluster-2m");
    }

    @Test
    void cq8EveryEntityIsTraceableToTheArticlesThatMentionIt() {
        Map<String, Set<String>> bySource = new TreeMap<>();
        for (QuerySolution row : select("cq8-entities-per-source.rq"))
            bySource.computeIfAbsent(id(row, "source"), k -> new TreeSet<>()).add(id(row, "entity"));

        Set<String> ivanovoReport = bySource.get("source/ivanovo-mutual-learning-2019-2020");
        Set<String> magnitogorskReport = bySource.get("source/moscow-schools-visit-magnitogorsk-2019");
        assertThat(bySource).hasSize(2);
        assertThat(ivanovoReport).contains("city/ivanovo", "person/sitnova-elena-vladimirovna", "school/moscow-1286",
                "authority/moscow-education-department", "event/city-marathon-online-2020")
                .doesNotContain("city/magnitogorsk", "person/nikiforova-natalya");
        assertThat(magnitogorskReport).contains("city/magnitogorsk", "person/nikiforova-natalya", "organization/cluster-2m",
                "authority/moscow-education-department", "school/moscow-1208")
                .doesNotContain("city/ivanovo", "person/sitnova-elena-vladimirovna");

        Set<String> mentioned = new TreeSet<>(ivanovoReport);
        mentioned.addAll(magnitogorskReport);
        Set<String> allEntities = new TreeSet<>();
        connection.querySelect("""
                SELECT DISTINCT ?entity {
                  GRAPH ?g { ?entity a ?type }
                  FILTER(?g != <%s>)
                  FILTER(STRSTARTS(STR(?entity), "%sid/") && !STRSTARTS(STR(?entity), "%sid/source/"))
                }""".formatted(PCK.ONTOLOGY, PCK.BASE, PCK.BASE), row -> allEntities.add(id(row, "entity")));
        assertThat(mentioned).isEqualTo(allEntities);
    }

    private static List<QuerySolution> select(String file) {
        List<QuerySolution> rows = new ArrayList<>();
        // Copy each row while the read transaction is open: store bindings are resolved lazily.
        connection.querySelect(read("queries/competency/" + file), row -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            copy.addAll(row);
            rows.add(copy);
        });
        assertThat(rows).as("rows of " + file).isNotEmpty();
        return rows;
    }

    /** An entity IRI without the base, e.g. {@code school/ivanovo-56}. */
    private static String id(QuerySolution row, String variable) {
        return row.getResource(variable).getURI().replace(PCK.ID, "");
    }

    static String read(String resource) {
        try (InputStream in = CompetencyQuestionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
