package org.partnercities.kg.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.Language;
import org.partnercities.kg.api.NotFoundException;
import org.partnercities.kg.api.Rows;
import org.partnercities.kg.entity.EntityView.Fact;
import org.partnercities.kg.entity.EntityView.Passage;
import org.partnercities.kg.entity.EntityView.Relation;
import org.partnercities.kg.entity.EntityView.Source;
import org.partnercities.kg.entity.EntityView.Term;
import org.partnercities.kg.entity.EntityView.Value;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;
import org.partnercities.kg.vocab.Schema;
import org.springframework.stereotype.Repository;

/**
 * Reads one entity: its statements both ways, keeping only the most specific property where
 * materialisation stored the same link under its super-properties too (pck:directorOf, not also
 * org:memberOf), and leaving out incoming links already shown as outgoing through an inverse.
 */
@Repository
public class EntityRepository {

    /** Links shown per relation, each way; the total says how many there are. */
    static final int MAX_PER_RELATION = 200;

    private static final String OA_HAS_BODY = "http://www.w3.org/ns/oa#hasBody";

    /** Shown elsewhere in the view (types, labels, description, sources), not as facts or relations. */
    private static final Set<String> NOT_FACTS = Set.of(RDF.type.getURI(), RDFS.label.getURI(),
            SKOS.altLabel.getURI(), Schema.description.getURI(), PCK.mentionedIn.getURI(),
            DCTerms.isReferencedBy.getURI(), FOAF.name.getURI(), OA_HAS_BODY);

    private final Sparql sparql;
    private final OntologyIndex ontology;
    private final EntitySummaries summaries;

    EntityRepository(Sparql sparql, OntologyIndex ontology, EntitySummaries summaries) {
        this.sparql = sparql;
        this.ontology = ontology;
        this.summaries = summaries;
    }

    public EntityView find(Node entity, String lang) {
        Map<String, Node> bind = Map.of("entity", entity);
        List<Map<String, RDFNode>> statements = sparql.select("entity/select-statements", bind);
        List<Map<String, RDFNode>> outgoing = statements.stream().filter(r -> r.get("direction").asLiteral().getString().equals("out")).toList();
        if (outgoing.isEmpty())
            throw new NotFoundException(EntityIds.id(entity.getURI()));
        List<Map<String, RDFNode>> incoming = statements.stream().filter(r -> r.get("direction").asLiteral().getString().equals("in")).toList();

        Map<String, String> labels = new TreeMap<>();
        List<String> altLabels = new ArrayList<>();
        Map<String, String> descriptions = new TreeMap<>();
        Set<String> types = new LinkedHashSet<>();
        Map<String, List<Value>> facts = new TreeMap<>();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : outgoing) {
            String p = row.get("property").asResource().getURI();
            RDFNode v = row.get("value");
            if (p.equals(RDF.type.getURI()))
                types.add(v.asResource().getURI());
            else if (p.equals(RDFS.label.getURI()))
                labels.put(v.asLiteral().getLanguage(), v.asLiteral().getLexicalForm());
            else if (p.equals(SKOS.altLabel.getURI()))
                altLabels.add(v.asLiteral().getLexicalForm());
            else if (p.equals(Schema.description.getURI()))
                descriptions.put(v.asLiteral().getLanguage(), v.asLiteral().getLexicalForm());
            else if (NOT_FACTS.contains(p))
                continue;
            else if (v instanceof Literal literal)
                facts.computeIfAbsent(p, k -> new ArrayList<>()).add(value(literal));
            else if (v.isURIResource())
                out.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(v.asResource().getURI());
        }
        Map<String, Set<String>> in = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : incoming) {
            String p = row.get("property").asResource().getURI();
            if (NOT_FACTS.contains(p))
                continue;
            in.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(row.get("value").asResource().getURI());
        }
        mostSpecificOnly(out);
        mostSpecificOnly(in);
        // What has an inverse or is symmetric is already among the outgoing links.
        in.keySet().removeIf(ontology::hasReverse);

        // Labels only for the links shown: a big city's outgoing pck:locationOf alone names thousands.
        Set<String> related = new HashSet<>();
        out.values().forEach(s -> s.stream().limit(MAX_PER_RELATION).forEach(related::add));
        in.values().forEach(s -> s.stream().limit(MAX_PER_RELATION).forEach(related::add));
        related.add(entity.getURI());
        Map<String, EntityRef> refs = summaries.of(related, lang);
        EntityRef self = refs.get(entity.getURI());

        List<Relation> relations = new ArrayList<>();
        out.forEach((p, values) -> relations.add(relation(p, "out", values, refs, lang)));
        in.forEach((p, values) -> relations.add(relation(p, "in", values, refs, lang)));
        relations.sort(Comparator.comparing((Relation r) -> r.direction()).reversed()
                .thenComparing(r -> r.property().label()));

        List<Term> typeTerms = types.stream()
                .filter(t -> t.startsWith(PCK.NS))
                .sorted(Comparator.comparing((String t) -> -depth(t, types)).thenComparing(t -> t))
                .map(t -> new Term(t, ontology.label(t, lang)))
                .toList();
        List<Fact> factList = facts.entrySet().stream()
                .map(e -> new Fact(new Term(e.getKey(), ontology.label(e.getKey(), lang)), e.getValue()))
                .toList();
        return new EntityView(self.id(), self.iri(), self.label(), labels, altLabels.stream().sorted().toList(),
                descriptions.getOrDefault(lang, descriptions.get(Language.RUSSIAN)),
                self.type(), self.typeLabel(), typeTerms, factList, relations, sources(entity, lang));
    }

    private Relation relation(String p, String direction, Set<String> values, Map<String, EntityRef> refs, String lang) {
        List<EntityRef> entities = values.stream().limit(MAX_PER_RELATION).map(refs::get)
                .sorted(Comparator.comparing(EntityRef::label)).toList();
        return new Relation(new Term(p, ontology.label(p, lang)), direction, values.size(), entities);
    }

    /** Drops p → v where a sub-property of p links to the same v. */
    private void mostSpecificOnly(Map<String, Set<String>> links) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        links.forEach((p, v) -> copy.put(p, new LinkedHashSet<>(v)));
        links.forEach((p, values) -> values.removeIf(v -> copy.entrySet().stream().anyMatch(e ->
                !e.getKey().equals(p) && e.getValue().contains(v) && ontology.isSubPropertyOf(e.getKey(), p))));
        links.values().removeIf(Set::isEmpty);
    }

    private int depth(String type, Set<String> types) {
        return (int) types.stream().filter(t -> ontology.isSubclassOf(type, t)).count();
    }

    private List<Source> sources(Node entity, String lang) {
        Map<String, Node> bind = Map.of("entity", entity, "lang", NodeFactory.createLiteralString(lang));
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : sparql.select("entity/select-sources", bind)) {
            String source = row.get("source").asResource().getURI();
            titles.putIfAbsent(source, row.containsKey("title") ? row.get("title").asLiteral().getLexicalForm() : null);
            passages.computeIfAbsent(source, s -> new ArrayList<>());
            if (row.containsKey("passage") && seen.computeIfAbsent(source, s -> new HashSet<>())
                    .add(row.get("passage").asResource().getURI()))
                passages.get(source).add(new Passage(text(row, "exact"), text(row, "prefix"), text(row, "suffix"),
                        integer(row, "start"), integer(row, "end")));
        }
        List<Source> result = new ArrayList<>();
        titles.forEach((source, title) -> result.add(new Source(EntityIds.id(source), source,
                title != null ? title : summaries.of(source, lang).label(), passages.get(source))));
        return result;
    }

    private static Value value(Literal literal) {
        String lang = literal.getLanguage().isEmpty() ? null : literal.getLanguage();
        String datatype = lang != null || literal.getDatatypeURI() == null ? null : literal.getDatatypeURI();
        return new Value(literal.getLexicalForm(), lang, datatype, Rows.precision(literal));
    }

    private static String text(Map<String, RDFNode> row, String var) {
        return row.containsKey(var) ? row.get(var).asLiteral().getLexicalForm() : null;
    }

    private static Integer integer(Map<String, RDFNode> row, String var) {
        return row.containsKey(var) ? row.get(var).asLiteral().getInt() : null;
    }
}
