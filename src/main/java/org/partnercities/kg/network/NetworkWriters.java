package org.partnercities.kg.network;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/** Writes a network as GraphML, GEXF (via JGraphT) or CSV node and edge lists. */
final class NetworkWriters {

    /** An edge of the exported graph; identity matters, not equality. */
    static final class Edge {
        final Network.EdgeRow row;

        Edge(Network.EdgeRow row) {
            this.row = row;
        }
    }

    private NetworkWriters() {}

    static void graphml(Network network, Writer out) {
        GraphMLExporter<Network.NodeRow, Edge> exporter = new GraphMLExporter<>(NetworkWriters::xmlId);
        // Labels of nodes and of edges are the exporter's own "label" keys, one per category.
        exporter.setExportVertexLabels(true);
        exporter.setExportEdgeLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setEdgeLabelAttributeName("label");
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("typeLabel", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("iri", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("property", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(NetworkWriters::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkWriters::edgeAttributes);
        exporter.exportGraph(graph(network), out);
    }

    static void gexf(Network network, Writer out) {
        GEXFExporter<Network.NodeRow, Edge> exporter = new GEXFExporter<>(NetworkWriters::xmlId, new EdgeIds());
        exporter.registerAttribute("type", GEXFExporter.AttributeCategory.NODE, org.jgrapht.nio.gexf.GEXFAttributeType.STRING);
        exporter.registerAttribute("typeLabel", GEXFExporter.AttributeCategory.NODE, org.jgrapht.nio.gexf.GEXFAttributeType.STRING);
        exporter.registerAttribute("iri", GEXFExporter.AttributeCategory.NODE, org.jgrapht.nio.gexf.GEXFAttributeType.STRING);
        exporter.registerAttribute("property", GEXFExporter.AttributeCategory.EDGE, org.jgrapht.nio.gexf.GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(NetworkWriters::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkWriters::edgeAttributes);
        exporter.exportGraph(graph(network), out);
    }

    static void nodesCsv(Network network, Writer out) throws java.io.IOException {
        out.write("id,label,type,typeLabel,iri\r\n");
        for (Network.NodeRow n : network.nodes())
            out.write(String.join(",", csv(n.id()), csv(n.label()), csv(n.type()), csv(n.typeLabel()), csv(n.iri())) + "\r\n");
    }

    static void edgesCsv(Network network, Writer out) throws java.io.IOException {
        out.write("source,target,label,property\r\n");
        for (Network.EdgeRow e : network.edges())
            out.write(String.join(",", csv(e.source()), csv(e.target()), csv(e.label()), csv(e.property())) + "\r\n");
    }

    private static Graph<Network.NodeRow, Edge> graph(Network network) {
        Graph<Network.NodeRow, Edge> graph = new DirectedPseudograph<>(Edge.class);
        Map<String, Network.NodeRow> byId = new LinkedHashMap<>();
        for (Network.NodeRow node : network.nodes()) {
            byId.put(node.id(), node);
            graph.addVertex(node);
        }
        for (Network.EdgeRow edge : network.edges())
            if (byId.containsKey(edge.source()) && byId.containsKey(edge.target()))
                graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), new Edge(edge));
        return graph;
    }

    private static Map<String, Attribute> nodeAttributes(Network.NodeRow node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        if (node.type() != null) {
            attributes.put("type", DefaultAttribute.createAttribute(node.type()));
            attributes.put("typeLabel", DefaultAttribute.createAttribute(node.typeLabel()));
        }
        attributes.put("iri", DefaultAttribute.createAttribute(node.iri()));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(Edge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(edge.row.label()));
        attributes.put("property", DefaultAttribute.createAttribute(edge.row.property()));
        return attributes;
    }

    /** Entity ids as XML tokens: {@code school/ivanovo-56} → {@code school:ivanovo-56}. */
    private static String xmlId(Network.NodeRow node) {
        return node.id().replace('/', ':');
    }

    private static final class EdgeIds implements java.util.function.Function<Edge, String> {
        private final Map<Edge, String> ids = new java.util.IdentityHashMap<>();

        @Override
        public String apply(Edge edge) {
            return ids.computeIfAbsent(edge, e -> "e" + ids.size());
        }
    }

    static String csv(String value) {
        if (value == null)
            return "";
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
