package org.partnercities.kg.examples;

import java.util.ArrayList;
import java.util.List;

import org.partnercities.kg.store.QueryLibrary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/examples}: the project's example SPARQL queries — the analysts' competency questions
 * ({@code queries/competency/}) and a few more ({@code queries/examples/}) — as the explorer's
 * SPARQL editor offers them. One source: the .rq files the tests run.
 */
@RestController
@Tag(name = "Examples", description = "Example SPARQL queries")
class ExamplesController {

    @Schema(description = "An example query: its id, its title (the first comment line) and its text")
    record Example(String id, String title, String query) {}

    private final QueryLibrary queries;

    ExamplesController(QueryLibrary queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/examples", produces = "application/json")
    @Operation(summary = "Example SPARQL queries", description = "The competency questions first, then other examples.")
    List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (String folder : List.of("competency", "examples"))
            for (String name : queries.names(folder)) {
                String text = queries.text(name);
                String first = text.lines().findFirst().orElse("");
                String title = first.startsWith("#") ? first.substring(1).strip() : name;
                examples.add(new Example(name.substring(folder.length() + 1), title, text));
            }
        return examples;
    }
}
