package org.partnercities.kg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

import tools.jackson.databind.JsonNode;

/** The SPARQL editor's examples are the project's .rq files, competency questions first, runnable as served. */
class ExamplesApiTest extends HttpTestSupport {

    @Test
    void competencyQuestionsFirstThenOtherExamples() {
        JsonNode examples = json("/api/examples");
        assertThat(values(examples, "id").subList(0, 8)).containsExactly(
                "cq1-magnitogorsk-schools", "cq2-ivanovo-events", "cq3-moscow-department-agreements",
                "cq4-named-people-roles", "cq5-magnitogorsk-round-tables", "cq6-distance-events",
                "cq7-moscow-schools-magnitogorsk-visit", "cq8-entities-per-source");
        assertThat(values(examples, "id")).contains("full-text-search", "entities-per-class");
        assertThat(examples.get(0).path("title").asString())
                .isEqualTo("CQ1. Which schools of Magnitogorsk appear, and what is each known for?");
        examples.forEach(e -> assertThat(QueryFactory.create(e.path("query").asString()).isSelectType()).isTrue());
    }
}
