package org.partnercities.kg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Partner Cities ontology namespace and the IRIs the application refers to by name. */
public final class PCK {

    /** Stable base IRI of everything we publish. */
    public static final String BASE = "https://w3id.org/partner-cities-kg/";
    /** Entities: {@code <BASE>id/<kind>/<slug>}. */
    public static final String ID = BASE + "id/";
    /** The ontology IRI; also the name of the graph that holds the ontology in the store. */
    public static final String ONTOLOGY = BASE + "ontology";
    public static final String NS = ONTOLOGY + "#";

    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(ONTOLOGY);

    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource City = resource("City");
    public static final Resource School = resource("School");
    public static final Resource Event = resource("Event");

    public static final Property mentionedIn = property("mentionedIn");
    public static final Property topicTitle = property("topicTitle");

    private PCK() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
