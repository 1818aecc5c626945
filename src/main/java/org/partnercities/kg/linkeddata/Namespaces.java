package org.partnercities.kg.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.partnercities.kg.vocab.PCK;

/** The prefixes written into Turtle, RDF/XML and the JSON-LD context. */
public final class Namespaces {

    public static final Map<String, String> PREFIXES = prefixes();

    private Namespaces() {}

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("pck", PCK.NS);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("schema", "https://schema.org/");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("time", "http://www.w3.org/2006/time#");
        p.put("lode", "http://linkedevents.org/ontology/");
        p.put("oa", "http://www.w3.org/ns/oa#");
        p.put("void", "http://rdfs.org/ns/void#");
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        p.put("hydra", "http://www.w3.org/ns/hydra/core#");
        for (String kind : new String[] {"city", "country", "authority", "organization", "school", "person", "group",
                "membership", "role", "programme", "project", "practice", "event", "format", "agreement", "status",
                "recognition", "adoption", "period", "scheme", "source"})
            p.put(kind, PCK.ID + kind + "/");
        return java.util.Collections.unmodifiableMap(p);
    }
}
