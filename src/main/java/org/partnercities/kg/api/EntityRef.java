package org.partnercities.kg.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** An entity as other responses refer to it: id, IRI, label in the asked language, and its most specific type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An entity of the graph, as referred to from other responses")
public record EntityRef(
        @Schema(description = "Id: the IRI without the base, kind/slug", example = "school/ivanovo-56") String id,
        @Schema(description = "The entity's IRI") String iri,
        @Schema(description = "Label in the asked language, else Russian", example = "Школа № 56") String label,
        @Schema(description = "Most specific type, as a kind slug", example = "school") String type,
        @Schema(description = "Label of that type", example = "Школа") String typeLabel) {
}
