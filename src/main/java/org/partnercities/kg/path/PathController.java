package org.partnercities.kg.path;

import org.apache.jena.graph.Node;
import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/paths?from=…&to=…}: how two entities are connected. */
@RestController
@Tag(name = "Graph", description = "Neighbourhoods and connections")
class PathController {

    static final int MAX_LENGTH = 6;

    private final PathFinder paths;

    PathController(PathFinder paths) {
        this.paths = paths;
    }

    @GetMapping(path = "/api/paths", produces = "application/json")
    @Operation(summary = "Shortest connections between two entities",
            description = "All shortest paths, then those one step longer, up to limit; direction is ignored, and "
                    + "paths never go through source documents, types or vocabulary hubs. Each step names the relation "
                    + "and the entities on both ends.")
    @ApiResponse(responseCode = "200", description = "The answer, possibly empty")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the problem names it")
    @ApiResponse(responseCode = "404", description = "from or to names nothing in the graph")
    PathResult paths(
            @Parameter(description = "Entity id", example = "person/sitnova-elena-vladimirovna") @RequestParam String from,
            @Parameter(description = "Entity id, other than from", example = "school/moscow-1286") @RequestParam String to,
            @Parameter(description = "Longest path to look for, 1–6") @RequestParam(defaultValue = "4") int maxLength,
            @Parameter(description = "Most paths to return, 1–50") @RequestParam(defaultValue = "10") int limit,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Node source = EntityIds.iri("from", from);
        Node target = EntityIds.iri("to", to);
        if (source.equals(target))
            throw new BadParameterException("to", "must differ from 'from'");
        if (maxLength < 1 || maxLength > MAX_LENGTH)
            throw new BadParameterException("maxLength", "must be between 1 and " + MAX_LENGTH + " (was " + maxLength + ")");
        if (limit < 1 || limit > 50)
            throw new BadParameterException("limit", "must be between 1 and 50 (was " + limit + ")");
        return paths.find(source, target, maxLength, limit, Language.resolve(lang, acceptLanguage));
    }
}
