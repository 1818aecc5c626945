package org.partnercities.kg.entity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import org.partnercities.kg.api.EntityRef;

/** One entity on one screen: names, types, facts, relations both ways, and the articles that state them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An entity with its facts, relations in both directions and sources")
public record EntityView(
        @Schema(example = "person/sitnova-elena-vladimirovna") String id,
        String iri,
        @Schema(description = "Label in the asked language, else Russian") String label,
        @Schema(description = "Labels by language") Map<String, String> labels,
        @Schema(description = "Other names: initials, short names, abbreviations") List<String> altLabels,
        @Schema(description = "Description in the asked language, else Russian") String description,
        @Schema(description = "Most specific type as a kind slug") String type,
        String typeLabel,
        @Schema(description = "Every type of ours, most specific first") List<Term> types,
        @Schema(description = "Literal facts: number, dates, titles, …") List<Fact> facts,
        @Schema(description = "Related entities grouped by relation; direction 'in' for statements pointing here") List<Relation> relations,
        @Schema(description = "The articles that state facts about the entity, with the passages") List<Source> sources) {

    public record Term(String iri, String label) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String value, String lang, String datatype, String precision) {}

    public record Fact(Term property, List<Value> values) {}

    public record Relation(Term property, String direction, long total, List<EntityRef> entities) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Passage(String exact, String prefix, String suffix, Integer start, Integer end) {}

    public record Source(String id, String iri, String title, List<Passage> passages) {}
}
