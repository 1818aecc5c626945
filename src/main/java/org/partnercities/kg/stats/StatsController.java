package org.partnercities.kg.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.Language;
import org.partnercities.kg.api.Rows;
import org.partnercities.kg.store.OntologyIndex;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/stats}: counts by type, by city and by year. */
@RestController
@Tag(name = "Statistics", description = "What the graph holds, counted")
class StatsController {

    @Schema(description = "Counts by type, by city and by year")
    record Stats(
            @Schema(description = "Statements (in the union of the sources and the ontology), entities, source articles") Map<String, Object> totals,
            @Schema(description = "Entities per class, an entity counting for each of its classes") List<Map<String, Object>> byType,
            @Schema(description = "Per city: organisations, events held there, events with its participants") List<Map<String, Object>> byCity,
            @Schema(description = "Per year: events and agreements") List<Map<String, Object>> byYear) {}

    private final StatsCounts counts;
    private final EntitySummaries summaries;
    private final OntologyIndex ontology;
    /** The answer per language for the counts last shown: labelling 1,000 cities is a query too. */
    private final Map<String, Stats> shown = new ConcurrentHashMap<>();
    private volatile StatsCounts.Counts shownFor;

    StatsController(StatsCounts counts, EntitySummaries summaries, OntologyIndex ontology) {
        this.counts = counts;
        this.summaries = summaries;
        this.ontology = ontology;
    }

    @GetMapping(path = "/api/stats", produces = "application/json")
    @Operation(summary = "Counts by type, by city and by year",
            description = "Counted once and kept until the data changes (or for kg.stats.max-age); "
                    + "the Last-Modified header says when they were counted.")
    ResponseEntity<Stats> stats(
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        StatsCounts.Counts current = counts.get();
        if (current != shownFor) {
            shown.clear();
            shownFor = current;
        }
        Stats stats = shown.computeIfAbsent(language, l -> stats(current, l));
        return ResponseEntity.ok().lastModified(current.computed()).body(stats);
    }

    private Stats stats(StatsCounts.Counts counts, String language) {
        List<Map<String, Object>> byType = new ArrayList<>();
        for (Map<String, RDFNode> row : counts.byType()) {
            String type = row.get("type").asResource().getURI();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", OntologyIndex.kindSlug(type));
            item.put("iri", type);
            item.put("label", ontology.label(type, language));
            item.put("count", row.get("count").asLiteral().getLong());
            byType.add(item);
        }
        Map<String, EntityRef> refs = summaries.of(Rows.iris(counts.byCity()), language);
        List<Map<String, Object>> byCity = counts.byCity().stream().map(r -> Rows.toJson(r, "city", Set.of(), refs)).toList();
        List<Map<String, Object>> byYear = counts.byYear().stream().map(r -> Rows.toJson(r, "-", Set.of(), refs)).toList();
        Map<String, Object> totals = Rows.toJson(counts.totals(), "-", Set.of(), refs);
        return new Stats(totals, byType, byCity, byYear);
    }
}
