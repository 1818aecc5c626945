package org.partnercities.kg.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.vocab.PCK;

/** The IRIs a draft is written with (ontology terms and the standard vocabularies it reuses). */
final class Vocab {

    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SCHEMA = "https://schema.org/";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Node TYPE = uri(RDF + "type");
    static final Node LABEL = uri(RDFS + "label");
    static final Node ALT_LABEL = uri(SKOS + "altLabel");
    static final Node NOTE = uri(SKOS + "note");
    static final Node IN_SCHEME = uri(SKOS + "inScheme");
    static final Node TITLE = uri(DCT + "title");
    static final Node IDENTIFIER = uri(DCT + "identifier");
    static final Node LANGUAGE = uri(DCT + "language");
    static final Node DATE = uri(DCT + "date");
    static final Node URL = uri(SCHEMA + "url");
    static final Node EDITORIAL_NOTE = uri(SKOS + "editorialNote");
    static final Node MEMBER = uri(ORG + "member");
    static final Node ORGANIZATION = uri(ORG + "organization");
    static final Node ROLE = uri(ORG + "role");
    static final Node SUB_ORGANIZATION_OF = uri(ORG + "subOrganizationOf");
    static final Node NAME = uri(FOAF + "name");
    static final Node DESCRIPTION = uri(SCHEMA + "description");

    private Vocab() {}

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A term of the Partner Cities ontology. */
    static Node pck(String local) {
        return uri(PCK.NS + local);
    }

    /** An entity IRI: {@code …/id/<kind>/<slug>}. */
    static Node id(String kind, String slug) {
        return uri(PCK.ID + kind + "/" + slug);
    }
}
