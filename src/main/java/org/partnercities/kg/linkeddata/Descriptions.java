package org.partnercities.kg.linkeddata;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.NotFoundException;
import org.partnercities.kg.store.Sparql;
import org.springframework.stereotype.Component;

/**
 * The RDF description of a resource: its statements, the labels of what it links to, the source
 * articles, and a page of the statements pointing at it (with the labels of their subjects).
 */
@Component
class Descriptions {

    static final int INCOMING_PAGE = 500;
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final Sparql sparql;
    private final RDFConnection connection;

    Descriptions(Sparql sparql, RDFConnection connection) {
        this.sparql = sparql;
        this.connection = connection;
    }

    /**
     * @param document the URL of the description document (for paging links)
     * @param page     1 for the first page of incoming links
     */
    Graph describe(Node entity, String document, int page) {
        Graph graph = GraphFactory.createDefaultGraph();
        Query description = Sparql.bind(sparql.query("linkeddata/construct-description"), Map.of("entity", entity));
        connection.queryConstruct(description).getGraph().find().forEach(graph::add);
        if (graph.find(entity, Node.ANY, Node.ANY).toList().isEmpty())
            throw new NotFoundException(EntityIds.id(entity.getURI()));

        Query incoming = Sparql.bind(sparql.query("linkeddata/select-incoming"), Map.of("entity", entity));
        incoming.setLimit(INCOMING_PAGE + 1);
        incoming.setOffset((long) (page - 1) * INCOMING_PAGE);
        List<Map<String, RDFNode>> rows = sparql.select(incoming);
        List<Node> subjects = rows.stream().limit(INCOMING_PAGE).map(r -> r.get("subject").asNode()).distinct().toList();
        rows.stream().limit(INCOMING_PAGE).forEach(r ->
                graph.add(r.get("subject").asNode(), r.get("property").asNode(), entity));
        for (Map<String, RDFNode> row : sparql.select("entity/select-summaries", Map.of(), "entity", subjects))
            if (row.get("label") != null)
                graph.add(row.get("entity").asNode(), RDFS.label.asNode(), row.get("label").asNode());
        if (rows.size() > INCOMING_PAGE)
            graph.add(NodeFactory.createURI(document), NodeFactory.createURI(HYDRA + "next"),
                    NodeFactory.createURI(document + (document.contains("?") ? "&" : "?") + "page=" + (page + 1)));
        return graph;
    }

    /** The whole ontology graph. */
    Graph ontology() {
        Query query = Sparql.bind(sparql.query("linkeddata/construct-graph"),
                Map.of("graph", org.partnercities.kg.vocab.PCK.ONTOLOGY_GRAPH));
        return connection.queryConstruct(query).getGraph();
    }
}
