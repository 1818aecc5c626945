package org.partnercities.kg.list;

import java.util.List;
import java.util.Set;

import org.partnercities.kg.api.Language;
import org.partnercities.kg.api.Page;
import org.partnercities.kg.api.Paging;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.vocab.PCK;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Lists of entities with filters, paging and sorting: {@code /api/cities}, {@code /api/events}, … */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Lists", description = "Entities of one kind, filtered, sorted and paged")
class ListController {

    private static final Set<String> BY_LABEL = Set.of("label");
    private static final Set<String> BY_LABEL_OR_DATE = Set.of("label", "date");

    private final ListRepository lists;
    private final OntologyIndex ontology;

    ListController(ListRepository lists, OntologyIndex ontology) {
        this.lists = lists;
        this.ontology = ontology;
    }

    @GetMapping("/cities")
    @Operation(summary = "Cities", description = "Cities of the programme, sorted by label.")
    Page cities(
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: label, or -label for descending") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language).text(q);
        return lists.list("list/select-cities", params, sort, BY_LABEL, paging, language);
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organisations and schools",
            description = "Education authorities, schools of every kind, centres, enterprises and collaborations.")
    Page organizations(
            @Parameter(description = "City id or slug, e.g. ivanovo") @RequestParam(required = false) String city,
            @Parameter(description = "Kind, e.g. school, gymnasium, boarding-school, education-authority") @RequestParam(required = false) String kind,
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: label, or -label") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language)
                .entity("city", "city", city, "city")
                .kind(kind, List.of(PCK.NS + "Organization"))
                .text(q);
        return lists.list("list/select-organizations", params, sort, BY_LABEL, paging, language);
    }

    @GetMapping("/people")
    @Operation(summary = "People", description = "People named in the reports, or known by their post.")
    Page people(
            @Parameter(description = "Organisation id, e.g. school/ivanovo-56") @RequestParam(required = false) String organization,
            @Parameter(description = "Role id or slug, e.g. director, head-of-department, minister") @RequestParam(required = false) String role,
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: label, or -label") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language)
                .entity("organization", "organization", organization, null)
                .entity("role", "role", role, "role")
                .text(q);
        return lists.list("list/select-people", params, sort, BY_LABEL, paging, language);
    }

    @GetMapping("/practices")
    @Operation(summary = "Practices and themes", description = "The concept scheme of practices and themes.")
    Page practices(
            @Parameter(description = "Kind: practice or theme") @RequestParam(required = false) String kind,
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: label, or -label") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language)
                .kind(kind, List.of(PCK.NS + "Practice", PCK.NS + "Theme"))
                .text(q);
        return lists.list("list/select-practices", params, sort, BY_LABEL, paging, language);
    }

    @GetMapping("/programmes")
    @Operation(summary = "Programmes and projects",
            description = "The federal programme, its sub-programmes, city and school projects.")
    Page programmes(
            @Parameter(description = "Kind: programme, project, city-project, school-project") @RequestParam(required = false) String kind,
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: label, or -label") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language)
                .kind(kind, List.of(PCK.NS + "Programme", PCK.NS + "Project"))
                .text(q);
        return lists.list("list/select-programmes", params, sort, BY_LABEL, paging, language);
    }

    @GetMapping("/events")
    @Operation(summary = "Events", description = "Events, by default in date order; month-only dates sort as months.")
    Page events(
            @Parameter(description = "City id or slug: events held there or with its participants") @RequestParam(required = false) String city,
            @Parameter(description = "Kind, e.g. seminar, round-table, videoconference, visit") @RequestParam(required = false) String kind,
            @Parameter(description = "Format id or slug: in-person or distance") @RequestParam(required = false) String format,
            @Parameter(description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "Up to this date: YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "Practice or theme id or slug (narrower ones included)") @RequestParam(required = false) String theme,
            @Parameter(description = "Participant id, e.g. school/ivanovo-56") @RequestParam(required = false) String participant,
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: date or label, - for descending") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language)
                .entity("city", "city", city, "city")
                .kind(kind, List.of(PCK.NS + "Event"))
                .entity("format", "format", format, "format")
                .entity("theme", "theme", theme, "practice")
                .entity("participant", "participant", participant, null)
                .dates(from, to)
                .text(q);
        return lists.list("list/select-events", params, sort, BY_LABEL_OR_DATE, paging, language);
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements", description = "Agreements, memoranda and cooperation agreements, in date order.")
    Page agreements(
            @Parameter(description = "Party id, e.g. authority/moscow-education-department") @RequestParam(required = false) String party,
            @Parameter(description = "Kind: agreement, memorandum, cooperation-agreement") @RequestParam(required = false) String kind,
            @Parameter(description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "Up to this date: YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "Words of a name, any case and word form; the last may be just its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "Sort key: date or label, - for descending") @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Items to skip, 0–1000000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = Language.resolve(lang, acceptLanguage);
        Paging paging = Paging.of(limit, offset);
        var params = new ListParameters(ontology, language)
                .entity("party", "party", party, null)
                .kind(kind, List.of(PCK.NS + "Agreement"))
                .dates(from, to)
                .text(q);
        return lists.list("list/select-agreements", params, sort, BY_LABEL_OR_DATE, paging, language);
    }
}
