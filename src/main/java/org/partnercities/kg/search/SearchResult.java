package org.partnercities.kg.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** Ranked hits of a search. */
@Schema(description = "Ranked search hits")
record SearchResult(
        @Schema(description = "What was searched for", example = "Иванове") String query,
        @Schema(description = "search or autocomplete") String mode,
        @Schema(description = "Number of hits returned") int total,
        List<Hit> hits) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One entity that matches, best first")
    record Hit(
            @Schema(example = "city/ivanovo") String id,
            String iri,
            @Schema(description = "Label in the asked language, else Russian") String label,
            @Schema(description = "Most specific type as a kind slug", example = "city") String type,
            String typeLabel,
            @Schema(description = "Lucene relevance score") double score,
            @Schema(description = "The name or text that matched") String snippet,
            @Schema(description = "name or text: where it matched") String matchedIn) {}
}
