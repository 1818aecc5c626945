package org.partnercities.kg.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** The list endpoints against the seed graph: exact answers, filters, paging, sorting, errors. */
class ListApiTest extends HttpTestSupport {

    @Test
    void citiesSortedByRussianLabel() {
        JsonNode page = json("/api/cities");
        assertThat(page.path("total").asInt()).isEqualTo(4);
        assertThat(values(page.path("items"), "id")).containsExactly("city/ivanovo", "city/magnitogorsk", "city/moscow", "city/ryazan");
        assertThat(values(page.path("items"), "label")).containsExactly("Иваново", "Магнитогорск", "Москва", "Рязань");
    }

    @Test
    void citiesInEnglishAndSortedDescending() {
        JsonNode page = json("/api/cities", Map.of("lang", "en", "sort", "-label"));
        assertThat(values(page.path("items"), "label")).containsExactly("Ryazan", "Moscow", "Magnitogorsk", "Ivanovo");
    }

    @Test
    void acceptLanguageAsksForEnglish() {
        var response = get("/api/cities?limit=1", "Accept-Language", "en-GB,en;q=0.9,ru;q=0.5");
        assertThat(parse(response.body()).path("items").get(0).path("label").asString()).isEqualTo("Ivanovo");
    }

    @Test
    void schoolsOfMagnitogorskWithTheirKinds() {
        JsonNode page = json("/api/organizations", Map.of("city", "magnitogorsk", "kind", "school"));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(values(page.path("items"), "id")).containsExactlyInAnyOrder(
                "school/magnitogorsk-5", "school/magnitogorsk-gymnasium-53", "school/magnitogorsk-boarding-school-3");
        assertThat(values(page.path("items"), "type")).containsExactlyInAnyOrder(
                "in-depth-study-school", "gymnasium", "boarding-school");
        page.path("items").forEach(item -> assertThat(item.path("locatedIn").path("id").asString()).isEqualTo("city/magnitogorsk"));
    }

    @Test
    void organisationsFilteredByTextAndKind() {
        JsonNode page = json("/api/organizations", Map.of("kind", "education-authority", "q", "МОСКВ"));
        assertThat(values(page.path("items"), "id")).containsExactly("authority/moscow-education-department");
    }

    @Test
    void directorsAndPeopleOfAnOrganisation() {
        assertThat(values(json("/api/people", Map.of("role", "director")).path("items"), "id"))
                .containsExactlyInAnyOrder("person/sitnova-elena-vladimirovna", "person/nikiforova-natalya");
        assertThat(values(json("/api/people", Map.of("organization", "authority/moscow-education-department")).path("items"), "id"))
                .containsExactly("person/kalina-i-i");
    }

    @Test
    void practicesAndThemesAndProgrammes() {
        JsonNode themes = json("/api/practices", Map.of("kind", "theme", "limit", "100"));
        assertThat(values(themes.path("items"), "type")).allMatch("theme"::equals);
        assertThat(values(themes.path("items"), "id")).contains("practice/school-management");
        assertThat(values(json("/api/programmes", Map.of("kind", "city-project")).path("items"), "id"))
                .containsExactlyInAnyOrder("project/temp", "project/engineering-class-in-moscow-school",
                        "project/medical-class-in-moscow-school", "project/moscow-electronic-school");
    }

    @Test
    void roundTablesAndDistanceEventsOfIvanovoIn2020() {
        assertThat(json("/api/events", Map.of("kind", "round-table")).path("total").asInt()).isEqualTo(3);
        JsonNode page = json("/api/events", Map.of("city", "ivanovo", "format", "distance", "from", "2020", "kind", "seminar"));
        assertThat(values(page.path("items"), "id")).containsExactly("event/sharing-experience-seminar-2020-06-26");
    }

    @Test
    void competencyQuestion6DistanceEventsThroughTheApi() {
        JsonNode page = json("/api/events", Map.of("format", "distance", "kind", "talk"));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        JsonNode all = json("/api/events", Map.of("format", "distance"));
        assertThat(values(all.path("items"), "date")).isSorted();
        assertThat(values(all.path("items"), "id")).containsExactlyInAnyOrder(
                "event/monthly-videoconferences",
                "event/talk-sitnova-2020-01-31",
                "event/videoconference-2020-01-31",
                "event/talk-ryazan-head-2020-05-29",
                "event/videoconference-2020-05-29",
                "event/city-marathon-online-2020",
                "event/sharing-experience-seminar-2020-06-26",
                "event/talk-kalina-2020-06-26",
                "event/sharing-experience-seminars");
    }

    @Test
    void competencyQuestion7MoscowSchoolsOfTheMagnitogorskVisit() {
        JsonNode visit = json("/api/entities/event/moscow-schools-visit-magnitogorsk-2019-05");
        java.util.List<String> participants = new java.util.ArrayList<>();
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        visit.path("relations").forEach(r -> {
            String p = r.path("property").path("iri").asString();
            if (p.endsWith("#participant"))
                r.path("entities").forEach(e -> participants.add(e.path("id").asString()));
            if (p.endsWith("#outcome"))
                r.path("entities").forEach(e -> outcomes.add(e.path("id").asString()));
        });
        assertThat(participants).containsExactlyInAnyOrder("school/moscow-1208", "school/moscow-1580");
        assertThat(outcomes).containsExactlyInAnyOrder("agreement/moscow-magnitogorsk-memorandum-2019",
                "agreement/moscow-magnitogorsk-school-agreements-2019", "organization/cluster-2m");
    }

    @Test
    void eventsInADateRangeOverlapMonthOnlyDates() {
        // The consultation is dated November 2019 only; a range inside that month still finds it.
        JsonNode page = json("/api/events", Map.of("from", "2019-11-10", "to", "2019-11-20"));
        assertThat(values(page.path("items"), "id")).containsExactly("event/consultation-moscow-1468-2019-11");
        assertThat(page.path("items").get(0).path("date").asString()).isEqualTo("2019-11");
        assertThat(page.path("items").get(0).path("datePrecision").asString()).isEqualTo("month");
    }

    @Test
    void eventsOfATheme_includingNarrowerPractices() {
        // The consultation's topics are engineering and medical classes, narrower than profile education.
        JsonNode page = json("/api/events", Map.of("theme", "profile-education"));
        assertThat(values(page.path("items"), "id"))
                .containsExactly("event/monthly-videoconferences", "event/consultation-moscow-1468-2019-11");
        JsonNode academic = json("/api/events", Map.of("theme", "academic-classes"));
        assertThat(values(academic.path("items"), "id")).containsExactly("event/monthly-videoconferences");
        JsonNode engineering = json("/api/events", Map.of("theme", "practice/engineering-classes"));
        assertThat(values(engineering.path("items"), "id"))
                .containsExactly("event/monthly-videoconferences", "event/consultation-moscow-1468-2019-11");
    }

    @Test
    void agreementsOfTheMoscowDepartmentInDateOrder() {
        JsonNode page = json("/api/agreements", Map.of("party", "authority/moscow-education-department"));
        assertThat(values(page.path("items"), "id")).containsExactly(
                "agreement/moscow-ivanovo-2018", "agreement/moscow-magnitogorsk-memorandum-2019");
        assertThat(values(page.path("items"), "date")).containsExactly("2018-04", "2019-05");
        assertThat(json("/api/agreements", Map.of("from", "2019")).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void pagingKeepsTheTotalAndSlices() {
        JsonNode all = json("/api/events", Map.of("limit", "500"));
        JsonNode page = json("/api/events", Map.of("limit", "2", "offset", "3"));
        assertThat(page.path("total").asInt()).isEqualTo(all.path("total").asInt()).isGreaterThan(20);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(all.path("items").get(3).path("id").asString());
        assertThat(json("/api/events", Map.of("offset", "1000")).path("items").size()).isZero();
    }

    @Test
    void textFilterFindsANameByAnotherWordForm() {
        // «Иванове» (locative) is no substring of «Иваново»: the text index's Russian stemming finds it.
        JsonNode page = json("/api/cities", Map.of("q", "Иванове"));
        assertThat(values(page.path("items"), "id")).containsExactly("city/ivanovo");
        assertThat(page.path("total").asInt()).isEqualTo(1);
        assertThat(values(json("/api/people", Map.of("q", "Ситновой")).path("items"), "id"))
                .containsExactly("person/sitnova-elena-vladimirovna");
    }

    @Test
    void textFilterTakesTheLastWordAsAPrefixAndNeedsEveryWord() {
        // «12» is the start of 1208 and 1286; «школа» must match too, in any order of the words.
        JsonNode page = json("/api/organizations", Map.of("q", "школа 12"));
        assertThat(values(page.path("items"), "id")).containsExactly("school/moscow-1208", "school/moscow-1286");
        assertThat(values(json("/api/organizations", Map.of("q", "1208 школ")).path("items"), "id"))
                .containsExactly("school/moscow-1208");
        assertThat(values(json("/api/organizations", Map.of("q", "гимн")).path("items"), "id"))
                .containsExactly("school/magnitogorsk-gymnasium-53");
        // Words, not substrings: the middle of a word finds nothing.
        assertThat(json("/api/organizations", Map.of("q", "нитогорск")).path("total").asInt()).isZero();
    }

    @Test
    void textFilterCombinesWithTheListsOtherFilters() {
        JsonNode ivanovo = json("/api/organizations", Map.of("q", "школа", "city", "ivanovo", "kind", "school"));
        assertThat(values(ivanovo.path("items"), "id")).containsExactly(
                "school/ivanovo-21", "school/ivanovo-29", "school/ivanovo-56", "school/ivanovo-58", "school/ivanovo-67");
        assertThat(ivanovo.path("total").asInt()).isEqualTo(5);
        JsonNode magnitogorsk = json("/api/organizations", Map.of("q", "школа", "city", "magnitogorsk"));
        assertThat(values(magnitogorsk.path("items"), "id")).doesNotContain("school/magnitogorsk-gymnasium-53")
                .contains("school/magnitogorsk-5").doesNotContainAnyElementsOf(values(ivanovo.path("items"), "id"));
        // The talk about a seminar has the word too, but is no seminar.
        assertThat(values(json("/api/events", Map.of("q", "семинары")).path("items"), "id")).contains("event/talk-sitnova-2020-01-31");
        assertThat(values(json("/api/events", Map.of("q", "семинары", "kind", "seminar")).path("items"), "id")).containsExactlyInAnyOrder(
                "event/interregional-seminar-2019-12-20", "event/sharing-experience-seminars", "event/sharing-experience-seminar-2020-06-26");
        assertThat(values(json("/api/agreements", Map.of("q", "меморандума", "party", "authority/moscow-education-department"))
                .path("items"), "id")).containsExactly("agreement/moscow-magnitogorsk-memorandum-2019");
    }

    @Test
    void textFilterTotalsMatchTheRowsOnEveryPage() {
        JsonNode all = json("/api/organizations", Map.of("q", "школ", "limit", "500"));
        int total = all.path("total").asInt();
        assertThat(total).isEqualTo(all.path("items").size()).isGreaterThanOrEqualTo(10);
        JsonNode second = json("/api/organizations", Map.of("q", "школ", "limit", "2", "offset", "1"));
        assertThat(second.path("total").asInt()).isEqualTo(total);
        assertThat(values(second.path("items"), "id")).containsExactlyElementsOf(values(all.path("items"), "id").subList(1, 3));
        JsonNode last = json("/api/organizations", Map.of("q", "школ", "limit", "3", "offset", Integer.toString(total - 1)));
        assertThat(last.path("total").asInt()).isEqualTo(total);
        assertThat(last.path("items").size()).isEqualTo(1);
        JsonNode past = json("/api/organizations", Map.of("q", "школ", "offset", Integer.toString(total + 5)));
        assertThat(past.path("total").asInt()).isEqualTo(total);
        assertThat(past.path("items").size()).isZero();
    }

    @Test
    void luceneSyntaxInTheTextFilterIsReadAsWordSeparators() {
        for (String path : List.of("/api/cities", "/api/organizations", "/api/people", "/api/practices", "/api/programmes",
                "/api/events", "/api/agreements")) {
            JsonNode page = json(path, Map.of("q", "\"(*:~"));
            assertThat(page.path("total").asInt()).as(path).isZero();
            assertThat(page.path("items").size()).as(path).isZero();
        }
        assertThat(values(json("/api/organizations", Map.of("q", "школа* (1208)~ \\ \"")).path("items"), "id"))
                .containsExactly("school/moscow-1208");
        assertThat(json("/api/organizations", Map.of("q", "label:школа OR uri:*")).path("total").asInt()).isZero();
    }

    @Test
    void textFilterThatMatchesNothingHasTotalZero() {
        for (String path : List.of("/api/cities", "/api/organizations", "/api/people", "/api/practices", "/api/programmes",
                "/api/events", "/api/agreements")) {
            JsonNode page = json(path, Map.of("q", "Воронеж"));
            assertThat(page.path("total").asInt()).as(path).isZero();
            assertThat(page.path("items").size()).as(path).isZero();
        }
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertBad("/api/organizations", Map.of("q", "ш".repeat(201)), "q", "at most 200 characters");
        assertBad("/api/organizations", Map.of("q", "а б в г д е ж з и к л м н"), "q", "at most 12 words");
        assertBad("/api/organizations", Map.of("kind", "castle"), "kind", "must be one of");
        assertBad("/api/events", Map.of("from", "2019-13"), "from", "YYYY-MM");
        assertBad("/api/events", Map.of("from", "2020", "to", "2019"), "to", "before");
        assertBad("/api/cities", Map.of("limit", "0"), "limit", "between 1 and 500");
        assertBad("/api/cities", Map.of("limit", "many"), "limit", "not an int");
        assertBad("/api/cities", Map.of("offset", "-1"), "offset", "between 0");
        assertBad("/api/cities", Map.of("sort", "population"), "sort", "must be one of");
        assertBad("/api/cities", Map.of("lang", "fr"), "lang", "ru or en");
        assertBad("/api/events", Map.of("participant", "not an id"), "participant", "kind/slug");
    }

    private void assertBad(String path, Map<String, String> params, String parameter, String reason) {
        JsonNode problem = problem(400, path, params);
        assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.path("detail").asString()).contains(reason);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
    }
}
