package org.partnercities.kg.graph;

import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/graph/school/ivanovo-56?depth=2}: an entity's neighbourhood as Cytoscape.js JSON. */
@RestController
@Tag(name = "Graph", description = "Neighbourhoods and connections")
class GraphController {

    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 500;

    private final GraphService graphs;

    GraphController(GraphService graphs) {
        this.graphs = graphs;
    }

    @GetMapping(path = "/api/graph/{kind}/{slug}", produces = "application/json")
    @Operation(summary = "Neighbourhood of an entity",
            description = "Nodes and edges up to depth steps away, as Cytoscape.js elements. Types, sources and "
                    + "vocabulary hubs (roles, formats, periods) are left out. Cut at limit nodes, and then truncated is true.")
    @ApiResponse(responseCode = "200", description = "The answer, possibly empty")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the problem names it")
    @ApiResponse(responseCode = "404", description = "Nothing in the graph has this id")
    GraphView graph(
            @Parameter(description = "Kind part of the id", example = "school") @PathVariable String kind,
            @Parameter(description = "Slug part of the id", example = "ivanovo-56") @PathVariable String slug,
            @Parameter(description = "Steps outward, 1–3") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = "Most nodes, 1–500") @RequestParam(defaultValue = "150") int limit,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        if (depth < 1 || depth > MAX_DEPTH)
            throw new BadParameterException("depth", "must be between 1 and " + MAX_DEPTH + " (was " + depth + ")");
        if (limit < 1 || limit > MAX_NODES)
            throw new BadParameterException("limit", "must be between 1 and " + MAX_NODES + " (was " + limit + ")");
        return graphs.around(EntityIds.iri("id", kind + "/" + slug), depth, limit, Language.resolve(lang, acceptLanguage));
    }
}
