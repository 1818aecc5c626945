package org.partnercities.kg.search;

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
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/search?q=…}: full-text search, and the search box's autocomplete. */
@RestController
@Tag(name = "Search", description = "Full-text search with Russian morphology")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping(path = "/api/search", produces = "application/json")
    @Operation(summary = "Search entities",
            description = "Any word form finds the entity («Иванове» finds Иваново). Every word must match. "
                    + "mode=autocomplete searches names only and takes the last word as a prefix.")
    SearchResult search(
            @Parameter(description = "Words to search for (at most 200 characters)", example = "Ситнова") @RequestParam String q,
            @Parameter(description = "Only entities of this kind, e.g. city, school, person, event") @RequestParam(required = false) String type,
            @Parameter(description = "search (default) or autocomplete") @RequestParam(defaultValue = "search") String mode,
            @Parameter(description = "Most hits to return, 1–100") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        if (!mode.equals("search") && !mode.equals("autocomplete"))
            throw new BadParameterException("mode", "must be search or autocomplete (was '" + EntityIds.shorten(mode) + "')");
        if (limit < 1 || limit > 100)
            throw new BadParameterException("limit", "must be between 1 and 100 (was " + limit + ")");
        return search.search(q, type, mode.equals("autocomplete"), limit, Language.resolve(lang, acceptLanguage));
    }
}
