package org.partnercities.kg.dump;

import java.io.OutputStream;
import java.util.Map;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD written as it streams: one small node object per statement in {@code @graph} (JSON-LD
 * processors merge node objects with the same {@code @id}), so memory does not grow with the
 * graph. Rio's own JSON-LD writer collects the whole graph first.
 */
final class JsonLdStreamWriter extends AbstractRDFHandler {

    private final JsonGenerator json;

    JsonLdStreamWriter(OutputStream out) {
        this.json = Json.createGeneratorFactory(Map.of()).createGenerator(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void startRDF() {
        json.writeStartObject().writeStartArray("@graph");
    }

    @Override
    public void handleStatement(Statement st) {
        json.writeStartObject();
        json.write("@id", id(st.getSubject()));
        if (st.getPredicate().equals(RDF.TYPE) && st.getObject().isIRI()) {
            json.writeStartArray("@type").write(st.getObject().stringValue()).writeEnd();
        } else {
            json.writeStartArray(st.getPredicate().stringValue());
            value(st.getObject());
            json.writeEnd();
        }
        json.writeEnd();
    }

    @Override
    public void endRDF() {
        json.writeEnd().writeEnd();
        json.flush();
    }

    private void value(Value v) {
        json.writeStartObject();
        if (v instanceof Literal literal) {
            json.write("@value", literal.getLabel());
            if (literal.getLanguage().isPresent())
                json.write("@language", literal.getLanguage().get());
            else if (!literal.getDatatype().equals(XSD.STRING))
                json.write("@type", literal.getDatatype().stringValue());
        } else {
            json.write("@id", id(v));
        }
        json.writeEnd();
    }

    private static String id(Value v) {
        if (v instanceof BNode b)
            return "_:" + b.getID();
        return ((IRI) v).stringValue();
    }
}
