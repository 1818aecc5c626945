package org.partnercities.kg.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.Language;
import org.partnercities.kg.api.Rows;
import org.partnercities.kg.list.ListParameters;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/timeline}: dated events in date order, month-only dates shown as months. */
@RestController
@Tag(name = "Timeline", description = "Events in date order")
class TimelineController {

    static final int MAX_EVENTS = 1000;

    private final Sparql sparql;
    private final EntitySummaries summaries;
    private final OntologyIndex ontology;

    TimelineController(Sparql sparql, EntitySummaries summaries, OntologyIndex ontology) {
        this.sparql = sparql;
        this.summaries = summaries;
        this.ontology = ontology;
    }

    @GetMapping(path = "/api/timeline", produces = "application/json")
    @Operation(summary = "Events in date order",
            description = "Events with a known day, month or year (a series by its start), oldest first. Each has its date, "
                    + "the precision of that date, and the date written for people: «20 декабря 2019», «ноябрь 2019».")
    List<Map<String, Object>> timeline(
            @Parameter(description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "Up to this date: YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "City id or slug: events held there or with its participants") @RequestParam(required = false) String city,
            @Parameter(description = "Event kind, e.g. seminar, videoconference") @RequestParam(required = false) String kind,
            @Parameter(description = "Practice or theme id or slug") @RequestParam(required = false) String theme,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Map<String, Node> bindings = new ListParameters(ontology, language)
                .entity("city", "city", city, "city")
                .entity("theme", "theme", theme, "practice")
                .kind(kind, List.of(PCK.NS + "Event"))
                .dates(from, to)
                .bindings();
        var query = Sparql.bind(sparql.query("list/select-events"), bindings);
        query.setLimit(MAX_EVENTS);
        List<Map<String, RDFNode>> rows = sparql.select(query).stream()
                .filter(r -> r.containsKey("date")).toList();
        Map<String, EntityRef> refs = summaries.of(Rows.iris(rows), language);
        List<Map<String, Object>> events = new ArrayList<>();
        for (Map<String, RDFNode> row : rows) {
            Map<String, Object> event = Rows.toJson(row, "item", Set.of("label"), refs);
            event.put("dateLabel", display(row.get("date").asLiteral().getLexicalForm(), language));
            events.add(event);
        }
        return events;
    }

    /** «20 декабря 2019», «ноябрь 2019», «2019»; in English «20 December 2019», «November 2019». */
    static String display(String date, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        if (date.length() == 10)
            return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        if (date.length() == 7) {
            YearMonth month = YearMonth.parse(date);
            return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
        }
        return date;
    }
}
