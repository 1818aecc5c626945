package org.partnercities.kg.entity;

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

/** One entity by id: {@code /api/entities/school/ivanovo-56}. */
@RestController
@Tag(name = "Entities", description = "One entity with everything an analyst wants on one screen")
class EntityController {

    private final EntityRepository entities;

    EntityController(EntityRepository entities) {
        this.entities = entities;
    }

    @GetMapping(path = "/api/entities/{kind}/{slug}", produces = "application/json")
    @Operation(summary = "One entity",
            description = "Labels, types, literal facts, related entities in both directions grouped by relation, "
                    + "and the source articles with the passages that state the facts.")
    @ApiResponse(responseCode = "200", description = "The entity")
    @ApiResponse(responseCode = "400", description = "The id is not of the form kind/slug")
    @ApiResponse(responseCode = "404", description = "Nothing in the graph has this id")
    EntityView entity(
            @Parameter(description = "Kind part of the id", example = "school") @PathVariable String kind,
            @Parameter(description = "Slug part of the id", example = "ivanovo-56") @PathVariable String slug,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return entities.find(EntityIds.iri("id", kind + "/" + slug), Language.resolve(lang, acceptLanguage));
    }
}
