package org.partnercities.kg.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list, with the total number of matching items. */
@Schema(description = "A page of a list")
public record Page(
        @Schema(description = "How many items match, over all pages", example = "5") long total,
        @Schema(description = "Page size asked for", example = "50") int limit,
        @Schema(description = "Items skipped before this page", example = "0") int offset,
        @Schema(description = "The items: id, iri, label, type, typeLabel and the list's own fields") List<Map<String, Object>> items) {
}
