package org.partnercities.kg.linkeddata;

import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * What a resource can be served as: a page, or an RDF serialisation written by RDF4J Rio. The
 * order is the server's preference when a client likes several equally.
 */
public enum Representation {

    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES);

    private final String extension;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    Representation(String extension, String mediaType, RDFFormat rdfFormat) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Rio format; empty for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(rdfFormat);
    }

    public static Optional<Representation> byExtension(String extension) {
        for (Representation r : values())
            if (r.extension.equalsIgnoreCase(extension))
                return Optional.of(r);
        return Optional.empty();
    }

    public static List<String> extensions() {
        return java.util.Arrays.stream(values()).map(Representation::extension).toList();
    }
}
