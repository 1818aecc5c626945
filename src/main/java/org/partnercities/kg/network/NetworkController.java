package org.partnercities.kg.network;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.Language;
import org.partnercities.kg.store.OntologyIndex;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Network exports for Gephi, Cytoscape desktop and spreadsheets:
 * {@code /api/network.graphml}, {@code .gexf}, {@code /api/network/nodes.csv}, {@code /api/network/edges.csv}.
 */
@RestController
@Tag(name = "Network exports", description = "The graph as a network for analysts' own tools")
class NetworkController {

    private final NetworkService networks;
    private final OntologyIndex ontology;

    NetworkController(NetworkService networks, OntologyIndex ontology) {
        this.networks = networks;
        this.ontology = ontology;
    }

    @GetMapping("/api/network.{format}")
    @Operation(summary = "The graph as GraphML or GEXF",
            description = "The whole graph; or the neighbourhood of center to depth; or only entities of the given types "
                    + "with the links among them (types=city,school: cities and schools with their collaborations). "
                    + "Nodes carry label, type, typeLabel and iri; edges label and property.")
    ResponseEntity<StreamingResponseBody> network(
            @Parameter(description = "graphml or gexf") @PathVariable String format,
            @Parameter(description = "Entity id at the centre of a neighbourhood") @RequestParam(required = false) String center,
            @Parameter(description = "Steps from the centre, 1–3") @RequestParam(defaultValue = "2") int depth,
            @Parameter(description = "Comma-separated kinds to keep, e.g. city,school") @RequestParam(required = false) String types,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        if (!format.equals("graphml") && !format.equals("gexf"))
            throw new BadParameterException("format", "must be graphml or gexf (was '" + EntityIds.shorten(format) + "')");
        Network network = build(center, depth, types, Language.resolve(lang, acceptLanguage));
        MediaType type = MediaType.parseMediaType(format.equals("graphml") ? "application/graphml+xml" : "application/gexf+xml");
        return file("partner-cities-kg." + format, type, out -> {
            if (format.equals("graphml"))
                NetworkWriters.graphml(network, out);
            else
                NetworkWriters.gexf(network, out);
        });
    }

    @GetMapping("/api/network/{list}.csv")
    @Operation(summary = "The graph as CSV node or edge lists",
            description = "nodes.csv: id, label, type, typeLabel, iri. edges.csv: source, target, label, property. "
                    + "Same selection parameters as the GraphML export.")
    ResponseEntity<StreamingResponseBody> csv(
            @Parameter(description = "nodes or edges") @PathVariable String list,
            @Parameter(description = "Entity id at the centre of a neighbourhood") @RequestParam(required = false) String center,
            @Parameter(description = "Steps from the centre, 1–3") @RequestParam(defaultValue = "2") int depth,
            @Parameter(description = "Comma-separated kinds to keep, e.g. city,school") @RequestParam(required = false) String types,
            @Parameter(description = "Label language: ru (default) or en") @RequestParam(required = false) String lang,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        if (!list.equals("nodes") && !list.equals("edges"))
            throw new BadParameterException("list", "must be nodes or edges (was '" + EntityIds.shorten(list) + "')");
        Network network = build(center, depth, types, Language.resolve(lang, acceptLanguage));
        return file("partner-cities-kg-" + list + ".csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), out -> {
            if (list.equals("nodes"))
                NetworkWriters.nodesCsv(network, out);
            else
                NetworkWriters.edgesCsv(network, out);
        });
    }

    private Network build(String center, int depth, String types, String lang) {
        if (center != null && !center.isBlank()) {
            if (depth < 1 || depth > 3)
                throw new BadParameterException("depth", "must be between 1 and 3 (was " + depth + ")");
            return networks.around(EntityIds.iri("center", center), depth, 500, lang);
        }
        Set<String> classes = new LinkedHashSet<>();
        if (types != null && !types.isBlank())
            for (String kind : Arrays.stream(types.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                classes.add(ontology.classForKind(kind).orElseThrow(() -> new BadParameterException("types",
                        "'" + EntityIds.shorten(kind) + "' is not a kind of entity (such as city, school, person, event)")));
        return networks.all(classes, lang);
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    private static ResponseEntity<StreamingResponseBody> file(String name, MediaType type, Body body) {
        StreamingResponseBody stream = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(stream);
    }
}
