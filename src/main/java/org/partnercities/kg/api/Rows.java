package org.partnercities.kg.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Turns query rows into JSON objects: IRIs of ours become {@link EntityRef}s (labelled in one
 * query for the whole response), numbers stay numbers, dates carry their precision.
 */
public final class Rows {

    private Rows() {}

    public static Set<String> iris(List<Map<String, RDFNode>> rows) {
        Set<String> iris = new LinkedHashSet<>();
        for (Map<String, RDFNode> row : rows)
            row.values().stream().filter(RDFNode::isURIResource).forEach(v -> iris.add(v.asResource().getURI()));
        return iris;
    }

    /** The row as JSON; the variable {@code mainVar} is spread into the object itself. */
    public static Map<String, Object> toJson(Map<String, RDFNode> row, String mainVar, Set<String> skip,
                                             Map<String, EntityRef> refs) {
        Map<String, Object> json = new LinkedHashMap<>();
        RDFNode main = row.get(mainVar);
        if (main != null && main.isURIResource()) {
            EntityRef ref = refs.get(main.asResource().getURI());
            json.put("id", ref.id());
            json.put("iri", ref.iri());
            json.put("label", ref.label());
            if (ref.type() != null) {
                json.put("type", ref.type());
                json.put("typeLabel", ref.typeLabel());
            }
        }
        row.forEach((var, value) -> {
            if (var.equals(mainVar) || skip.contains(var))
                return;
            if (value.isURIResource())
                json.put(var, refs.getOrDefault(value.asResource().getURI(),
                        new EntityRef(value.asResource().getURI(), value.asResource().getURI(), null, null, null)));
            else if (value instanceof Literal literal)
                putLiteral(json, var, literal);
        });
        return json;
    }

    static void putLiteral(Map<String, Object> json, String var, Literal literal) {
        String precision = precision(literal);
        if (precision != null) {
            json.put(var, literal.getLexicalForm());
            json.put(var + "Precision", precision);
        } else if (literal.getValue() instanceof Number number) {
            json.put(var, number);
        } else if (literal.getValue() instanceof Boolean flag) {
            json.put(var, flag);
        } else {
            json.put(var, literal.getLexicalForm());
        }
    }

    /** day, month or year for a date literal; null for anything else. */
    public static String precision(Literal literal) {
        String dt = literal.getDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(dt) || XSDDatatype.XSDdateTime.getURI().equals(dt))
            return "day";
        if (XSDDatatype.XSDgYearMonth.getURI().equals(dt))
            return "month";
        if (XSDDatatype.XSDgYear.getURI().equals(dt))
            return "year";
        return null;
    }
}
