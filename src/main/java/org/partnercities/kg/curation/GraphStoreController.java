package org.partnercities.kg.curation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.partnercities.kg.load.StrictErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.store.StoreWriter;
import org.partnercities.kg.web.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The SPARQL 1.1 Graph Store Protocol at {@code /data?graph=<source IRI>}: GET is public; PUT
 * (replace), POST (add) and DELETE are for curators and go through {@link ChangeService}. The
 * default graph is the union of the sources and cannot be written.
 */
@RestController
@Tag(name = "Curation", description = "Changing the data (curators only, HTTP Basic); every change is checked against the SHACL shapes")
class GraphStoreController {

    /** What a graph may be sent and read as. */
    static final List<Lang> LANGS = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD);

    private final ChangeService changes;
    private final StoreWriter store;
    private final RequestBodies bodies;

    GraphStoreController(ChangeService changes, StoreWriter store, RequestBodies bodies) {
        this.changes = changes;
        this.store = store;
        this.bodies = bodies;
    }

    @Operation(summary = "Read one source graph (Graph Store Protocol GET; public)")
    @GetMapping("/data")
    ResponseEntity<byte[]> get(@Parameter(description = "The source graph, e.g. https://w3id.org/partner-cities-kg/id/source/ivanovo-mutual-learning-2019-2020") @RequestParam("graph") String graph,
                               @Parameter(description = "Turtle (default), N-Triples, RDF/XML or JSON-LD") @RequestHeader(value = "Accept", defaultValue = "text/turtle") String accept)
            throws HttpMediaTypeNotAcceptableException {
        Node name = graphName(graph);
        Lang lang = acceptable(accept);
        Graph content = store.fetch(name);
        if (content.isEmpty())
            throw new org.partnercities.kg.api.NotFoundException("No graph <" + graph + "> in the store");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, content, lang);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(lang.getHeaderString() + ";charset=utf-8"))
                .body(out.toByteArray());
    }

    @Operation(summary = "Replace a source graph (curators; 201 if new, 422 with the SHACL report if it does not conform)")
    @PutMapping("/data")
    ResponseEntity<ChangeReport> put(@Parameter(description = "The source graph, e.g. https://w3id.org/partner-cities-kg/id/source/ivanovo-mutual-learning-2019-2020") @RequestParam("graph") String graph, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        Node name = graphName(graph);
        return answer(changes.replace(name, body(request)), graph);
    }

    @Operation(summary = "Add statements to a source graph (curators; 422 with the SHACL report if the result does not conform)")
    @PostMapping("/data")
    ResponseEntity<ChangeReport> post(@Parameter(description = "The source graph, e.g. https://w3id.org/partner-cities-kg/id/source/ivanovo-mutual-learning-2019-2020") @RequestParam("graph") String graph, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        Node name = graphName(graph);
        return answer(changes.merge(name, body(request)), graph);
    }

    @Operation(summary = "Remove a source graph (curators; 204, or 404 if there is none)")
    @DeleteMapping("/data")
    ResponseEntity<Void> delete(@Parameter(description = "The source graph, e.g. https://w3id.org/partner-cities-kg/id/source/ivanovo-mutual-learning-2019-2020") @RequestParam("graph") String graph) {
        Node name = graphName(graph);
        if (!changes.delete(name))
            throw new org.partnercities.kg.api.NotFoundException("No graph <" + graph + "> in the store");
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /** 201 with the graph's IRI if the change created the graph, 200 otherwise. */
    private static ResponseEntity<ChangeReport> answer(ChangeReport report, String graph) {
        return report.created() ? ResponseEntity.created(URI.create(graph)).body(report) : ResponseEntity.ok(report);
    }

    private Graph body(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        Lang lang = request.getContentType() == null ? null : RDFLanguages.contentTypeToLang(
                MediaType.parseMediaType(request.getContentType()).getType() + "/"
                        + MediaType.parseMediaType(request.getContentType()).getSubtype());
        if (lang == null || !LANGS.contains(lang))
            throw new HttpMediaTypeNotSupportedException(
                    request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType()),
                    LANGS.stream().map(l -> MediaType.parseMediaType(l.getHeaderString())).toList());
        byte[] bytes = bodies.read(request);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang)
                    .errorHandler(StrictErrorHandler.INSTANCE)
                    .base(org.partnercities.kg.vocab.PCK.BASE)
                    .parse(graph);
        } catch (RiotParseException e) {
            throw new RdfSyntaxException(e.getOriginalMessage(), e.getLine(), e.getCol());
        } catch (RiotException e) {
            throw new RdfSyntaxException(e.getMessage(), -1, -1);
        }
        return graph;
    }

    private static Lang acceptable(String accept) throws HttpMediaTypeNotAcceptableException {
        for (MediaType wanted : MediaType.parseMediaTypes(accept)) {
            for (Lang lang : LANGS) {
                if (wanted.includes(MediaType.parseMediaType(lang.getHeaderString())))
                    return wanted.isWildcardType() ? Lang.TURTLE : lang;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(LANGS.stream()
                .map(l -> MediaType.parseMediaType(l.getHeaderString())).toList());
    }

    private static Node graphName(String graph) {
        if (!isAbsoluteIri(graph))
            throw new BadParameterException("graph", "must be an absolute IRI, e.g. " + UpdateScope.SOURCES + "my-report");
        return NodeFactory.createURI(graph);
    }

    private static boolean isAbsoluteIri(String graph) {
        try {
            return !graph.isBlank() && IRIx.create(graph).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    /** An RDF body that does not parse. */
    static final class RdfSyntaxException extends RuntimeException {
        final long line;
        final long column;

        RdfSyntaxException(String message, long line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
