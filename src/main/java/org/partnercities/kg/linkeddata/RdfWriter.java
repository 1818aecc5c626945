package org.partnercities.kg.linkeddata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import no.hasmac.jsonld.JsonLd;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.JsonDocument;

/**
 * Writes graphs with RDF4J Rio: Turtle pretty-printed with our prefixes, JSON-LD compacted with the
 * published context (short keys such as {@code locatedIn}), RDF/XML and N-Triples.
 */
public final class RdfWriter {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private RdfWriter() {}

    public static void write(Graph graph, RDFFormat format, JsonObject context, OutputStream out) {
        if (format.equals(RDFFormat.JSONLD)) {
            writeJsonLd(graph, context, out);
            return;
        }
        RDFWriter writer = Rio.createWriter(format, out);
        WriterConfig config = writer.getWriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        writer.startRDF();
        if (!format.equals(RDFFormat.NTRIPLES))
            Namespaces.PREFIXES.forEach(writer::handleNamespace);
        graph.find().forEach(t -> writer.handleStatement(statement(t)));
        writer.endRDF();
    }

    private static void writeJsonLd(Graph graph, JsonObject context, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter writer = Rio.createWriter(RDFFormat.JSONLD, expanded);
        writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
        writer.startRDF();
        graph.find().forEach(t -> writer.handleStatement(statement(t)));
        writer.endRDF();
        try {
            JsonObject compacted = JsonLd.compact(
                    JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                    JsonDocument.of(Json.createObjectBuilder().add("@context", context).build())).get();
            try (JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out, StandardCharsets.UTF_8)) {
                json.writeObject(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    static org.eclipse.rdf4j.model.Statement statement(Triple t) {
        return VALUES.createStatement((Resource) value(t.getSubject()), VALUES.createIRI(t.getPredicate().getURI()),
                value(t.getObject()));
    }

    public static org.eclipse.rdf4j.model.Statement statement(Node g, Triple t) {
        return VALUES.createStatement((Resource) value(t.getSubject()), VALUES.createIRI(t.getPredicate().getURI()),
                value(t.getObject()), g == null || org.apache.jena.sparql.core.Quad.isDefaultGraph(g) ? null : (Resource) value(g));
    }

    static Value value(Node node) {
        if (node.isURI())
            return VALUES.createIRI(node.getURI());
        if (node.isBlank())
            return VALUES.createBNode(node.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", ""));
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty())
            return VALUES.createLiteral(node.getLiteralLexicalForm(), lang);
        return VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()));
    }

    /** The JSON-LD context document as a JSON object, from its text. */
    public static JsonObject parseContext(String json) {
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("@context");
    }
}
