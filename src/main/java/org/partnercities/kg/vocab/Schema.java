package org.partnercities.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms the application refers to by name. */
public final class Schema {

    public static final String NS = "https://schema.org/";

    public static final Property description = ResourceFactory.createProperty(NS + "description");

    private Schema() {}
}
