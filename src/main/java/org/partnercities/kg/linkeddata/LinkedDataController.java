package org.partnercities.kg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.Language;
import org.partnercities.kg.entity.EntityRepository;
import org.partnercities.kg.entity.EntityView;
import org.partnercities.kg.graph.GraphService;
import org.partnercities.kg.vocab.PCK;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferenceable IRIs. {@code <base>id/{kind}/{slug}} is served at {@code /id/{kind}/{slug}} and
 * {@code <base>ontology} at {@code /ontology}: the same IRI gives a page or an RDF serialisation
 * by content negotiation (or {@code ?format=}), answered directly with {@code Vary: Accept}.
 */
@Controller
@Hidden
class LinkedDataController {

    private static final List<Representation> OFFERED = List.of(Representation.values());

    private final Descriptions descriptions;
    private final EntityRepository entities;
    private final GraphService graphs;
    private final OntologyTerms ontology;
    private final PublishProperties publish;

    LinkedDataController(Descriptions descriptions, EntityRepository entities, GraphService graphs,
                         OntologyTerms ontology, PublishProperties publish) {
        this.descriptions = descriptions;
        this.entities = entities;
        this.graphs = graphs;
        this.ontology = ontology;
        this.publish = publish;
    }

    @GetMapping("/id/{kind}/{slug}")
    Object entity(@PathVariable String kind, @PathVariable String slug,
                  @RequestParam(required = false) String format,
                  @RequestParam(defaultValue = "1") int page,
                  @RequestParam(required = false) String lang,
                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                  @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                  Model model, HttpServletResponse response) {
        Node entity = EntityIds.iri("id", kind + "/" + slug);
        if (page < 1 || page > 100_000)
            throw new BadParameterException("page", "must be between 1 and 100000 (was " + page + ")");
        Representation chosen = Negotiation.choose(format, accept, OFFERED).orElse(null);
        String path = "/id/" + kind + "/" + slug;
        if (chosen == null)
            return Negotiation.notAcceptable(path, OFFERED);
        if (chosen == Representation.HTML) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            String language = Language.resolve(lang, acceptLanguage);
            EntityView view = entities.find(entity, language);
            model.addAttribute("entity", view);
            model.addAttribute("path", path);
            model.addAttribute("lang", language);
            model.addAttribute("formats", formats(path));
            model.addAttribute("picture", NeighbourhoodPicture.of(graphs.around(entity, 1, 25, language), publish));
            model.addAttribute("publish", publish);
            return "entity";
        }
        Graph graph = descriptions.describe(entity, publish.base() + path.substring(1), page);
        return rdf(graph, chosen, path);
    }

    @GetMapping("/ontology")
    Object ontology(@RequestParam(required = false) String format,
                    @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                    Model model, HttpServletResponse response) {
        Representation chosen = Negotiation.choose(format, accept, OFFERED).orElse(null);
        if (chosen == null)
            return Negotiation.notAcceptable("/ontology", OFFERED);
        if (chosen == Representation.HTML) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            List<OntologyTerms.Term> terms = ontology.all();
            model.addAttribute("classes", terms.stream().filter(t -> t.kind().equals("Class")).toList());
            model.addAttribute("objectProperties", terms.stream().filter(t -> t.kind().equals("ObjectProperty")).toList());
            model.addAttribute("datatypeProperties", terms.stream().filter(t -> t.kind().equals("DatatypeProperty")).toList());
            model.addAttribute("iri", PCK.ONTOLOGY);
            model.addAttribute("formats", formats("/ontology"));
            return "ontology";
        }
        return rdf(descriptions.ontology(), chosen, "/ontology");
    }

    /** The ontology's terms are hash IRIs of the ontology document. */
    @GetMapping("/ontology/")
    RedirectView ontologySlash() {
        return new RedirectView("/ontology", true);
    }

    @GetMapping(path = "/context.jsonld", produces = "application/ld+json")
    ResponseEntity<String> context() {
        String json = jakarta.json.Json.createObjectBuilder().add("@context", ontology.context()).build().toString();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json")).body(json);
    }

    private ResponseEntity<byte[]> rdf(Graph graph, Representation representation, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(graph, representation.rdfFormat().orElseThrow(), ontology.context(), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_LOCATION, path + "?format=" + representation.extension())
                .header(HttpHeaders.LINK, Negotiation.alternates(path, OFFERED))
                .contentType(MediaType.parseMediaType(representation.mediaType() + ";charset=UTF-8"))
                .body(out.toByteArray());
    }

    private static List<String[]> formats(String path) {
        return OFFERED.stream().filter(r -> r != Representation.HTML)
                .map(r -> new String[] {r.name().equals("JSONLD") ? "JSON-LD" : r.name().equals("RDFXML") ? "RDF/XML"
                        : r.name().equals("NTRIPLES") ? "N-Triples" : "Turtle", path + "?format=" + r.extension(), r.mediaType()})
                .toList();
    }

}
