package org.partnercities.kg.dataset;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.partnercities.kg.linkeddata.OntologyTerms;
import org.partnercities.kg.linkeddata.RdfWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /.well-known/void}: the VoID and DCAT description of the dataset (RFC 5785, VoID §7). */
@RestController
@Tag(name = "Dumps", description = "The whole graph as a gzip-compressed file")
class DatasetController {

    private static final List<org.partnercities.kg.linkeddata.Representation> OFFERED = List.of(
            org.partnercities.kg.linkeddata.Representation.TURTLE, org.partnercities.kg.linkeddata.Representation.JSONLD,
            org.partnercities.kg.linkeddata.Representation.RDFXML, org.partnercities.kg.linkeddata.Representation.NTRIPLES);

    private final DatasetDescription description;
    private final OntologyTerms ontology;

    DatasetController(DatasetDescription description, OntologyTerms ontology) {
        this.description = description;
        this.ontology = ontology;
    }

    @GetMapping("/.well-known/void")
    @Operation(summary = "VoID and DCAT description of the dataset",
            description = "Sizes, class and property partitions, SPARQL endpoint, dumps, licence, sources, last modification. "
                    + "Turtle unless Accept or ?format asks for jsonld, rdf or nt.")
    ResponseEntity<byte[]> voidDescription(
            @Parameter(description = "ttl, jsonld, rdf or nt") @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var chosen = org.partnercities.kg.linkeddata.Negotiation.choose(format, accept, OFFERED);
        if (chosen.isEmpty())
            return org.partnercities.kg.linkeddata.Negotiation.notAcceptable("/.well-known/void", OFFERED);
        String server = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(description.describe(server), chosen.get().rdfFormat().orElseThrow(), ontology.context(), out);
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(MediaType.parseMediaType(chosen.get().mediaType() + ";charset=UTF-8"))
                .body(out.toByteArray());
    }
}
