package org.partnercities.kg.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.OWL;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;
import org.springframework.stereotype.Component;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The ontology's classes and properties as read from the store's ontology graph: the source of
 * the generated documentation and of the published JSON-LD context (never written by hand).
 */
@Component
public class OntologyTerms {

    /** One class or property, for the documentation page. */
    public record Term(String iri, String name, String kind, String labelRu, String labelEn, String definition,
                       List<Ref> supers, List<Ref> domains, List<Ref> ranges, List<Ref> inverses, List<Ref> matches) {}

    /** A link to another term: its IRI, a short name, and whether it is ours (documented on the page). */
    public record Ref(String iri, String name, boolean ours) {}

    private final Sparql sparql;
    private volatile List<Term> terms;
    private volatile JsonObject context;

    public OntologyTerms(Sparql sparql) {
        this.sparql = sparql;
    }

    /** Every class and property; read once, as the ontology changes only with a reload at start-up. */
    public List<Term> all() {
        if (terms == null)
            terms = read();
        return terms;
    }

    private List<Term> read() {
        Map<String, Map<String, List<RDFNode>>> byTerm = new TreeMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : sparql.select("linkeddata/select-ontology-terms", Map.of())) {
            String term = row.get("term").asResource().getURI();
            kinds.put(term, row.get("kind").asResource().getLocalName());
            if (row.get("value") != null)
                byTerm.computeIfAbsent(term, t -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("relation").asResource().getLocalName(), r -> new ArrayList<>())
                        .add(row.get("value"));
        }
        List<Term> terms = new ArrayList<>();
        for (var entry : kinds.entrySet()) {
            Map<String, List<RDFNode>> values = byTerm.getOrDefault(entry.getKey(), Map.of());
            terms.add(new Term(entry.getKey(), OntologyIndex.localName(entry.getKey()), entry.getValue(),
                    label(values, "ru"), label(values, "en"), label(values, "en", "definition"),
                    refs(values, "subClassOf", "subPropertyOf"), refs(values, "domain"), refs(values, "range"),
                    refs(values, "inverseOf"), refs(values, "closeMatch")));
        }
        terms.sort((a, b) -> a.kind().equals(b.kind()) ? a.name().compareTo(b.name()) : a.kind().compareTo(b.kind()));
        return List.copyOf(terms);
    }

    /** The JSON-LD context: our prefixes, and a short key for each of our classes and properties. */
    public JsonObject context() {
        if (context == null)
            context = buildContext();
        return context;
    }

    private JsonObject buildContext() {
        JsonObjectBuilder context = Json.createObjectBuilder();
        Namespaces.PREFIXES.forEach(context::add);
        context.add("id", "@id");
        context.add("type", "@type");
        context.add("label", "rdfs:label");
        context.add("altLabel", "skos:altLabel");
        for (Term term : all()) {
            String curie = "pck:" + term.name();
            if (term.kind().equals(OWL.ObjectProperty.getLocalName()))
                context.add(term.name(), Json.createObjectBuilder().add("@id", curie).add("@type", "@id"));
            else
                context.add(term.name(), curie);
        }
        return context.build();
    }

    private static String label(Map<String, List<RDFNode>> values, String lang) {
        return label(values, lang, "label");
    }

    private static String label(Map<String, List<RDFNode>> values, String lang, String relation) {
        return values.getOrDefault(relation, List.of()).stream()
                .filter(v -> v instanceof Literal l && l.getLanguage().equals(lang))
                .map(v -> v.asLiteral().getLexicalForm()).findFirst().orElse(null);
    }

    private static List<Ref> refs(Map<String, List<RDFNode>> values, String... relations) {
        List<Ref> refs = new ArrayList<>();
        for (String relation : relations)
            for (RDFNode v : values.getOrDefault(relation, List.of()))
                if (v.isURIResource()) {
                    String iri = v.asResource().getURI();
                    boolean ours = iri.startsWith(PCK.NS);
                    refs.add(new Ref(iri, ours ? OntologyIndex.localName(iri) : curie(iri), ours));
                }
        return refs;
    }

    private static String curie(String iri) {
        for (var p : Namespaces.PREFIXES.entrySet())
            if (iri.startsWith(p.getValue()))
                return p.getKey() + ":" + iri.substring(p.getValue().length());
        return iri;
    }
}
