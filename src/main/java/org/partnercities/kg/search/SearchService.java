package org.partnercities.kg.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.springframework.stereotype.Service;

/** Full-text search over the Lucene index with Russian morphology, one hit per entity, best first. */
@Service
class SearchService {

    static final int SNIPPET = 160;

    private final Sparql sparql;
    private final OntologyIndex ontology;
    private final EntitySummaries summaries;

    SearchService(Sparql sparql, OntologyIndex ontology, EntitySummaries summaries) {
        this.sparql = sparql;
        this.ontology = ontology;
        this.summaries = summaries;
    }

    SearchResult search(String q, String type, boolean autocomplete, int limit, String lang) {
        // text:query takes its arguments as terms in the query itself, not from bindings.
        Map<String, Node> arguments = Map.of(
                "query", NodeFactory.createLiteralString(LuceneQuery.of(q, autocomplete)),
                // Ask the index for more than we show: an entity matches once per name and text.
                "limit", NodeFactory.createLiteralDT(Integer.toString(limit * 5), XSDDatatype.XSDinteger));
        Map<String, Node> bindings = new HashMap<>();
        if (autocomplete)
            bindings.put("names", NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        if (type != null && !type.isBlank())
            bindings.put("type", NodeFactory.createURI(ontology.classForKind(type)
                    .orElseThrow(() -> new BadParameterException("type", "must be a kind of entity such as city, school, person, event (was '"
                            + EntityIds.shorten(type) + "')"))));

        var query = Sparql.substitute(sparql.query("search/select-text-matches"), arguments);
        if (autocomplete)
            query = namesOnly(query);
        query = Sparql.bind(query, bindings);
        Map<String, Map<String, RDFNode>> best = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : sparql.select(query)) {
            String entity = row.get("entity").asResource().getURI();
            Map<String, RDFNode> seen = best.get(entity);
            if (seen == null || score(row) > score(seen))
                best.put(entity, row);
        }
        List<Map<String, RDFNode>> shown = best.values().stream()
                .sorted((a, b) -> Double.compare(score(b), score(a)))
                .limit(limit)
                .toList();
        Map<String, EntityRef> refs = summaries.of(shown.stream().map(row -> row.get("entity").asResource().getURI()).toList(), lang);
        List<SearchResult.Hit> hits = shown.stream()
                .map(row -> hit(row, refs.get(row.get("entity").asResource().getURI())))
                .toList();
        return new SearchResult(q, autocomplete ? "autocomplete" : "search", hits.size(), hits);
    }

    /**
     * The query without its second UNION branch (the texts), for autocomplete: the branch's
     * {@code FILTER(!?names)} drops its rows, but only after its text:query has run (a second
     * Lucene search, about half the time of an autocomplete request).
     */
    static Query namesOnly(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group) {
            List<Element> elements = group.getElements();
            for (int i = 0; i < elements.size(); i++)
                if (elements.get(i) instanceof ElementUnion union && union.getElements().size() == 2) {
                    elements.set(i, union.getElements().get(0));
                    return query;
                }
        }
        throw new IllegalStateException("search/select-text-matches.rq no longer has its names/texts UNION");
    }

    private static SearchResult.Hit hit(Map<String, RDFNode> row, EntityRef ref) {
        return new SearchResult.Hit(ref.id(), ref.iri(), ref.label(), ref.type(), ref.typeLabel(), score(row),
                snippet(row.get("literal")), row.get("field").asLiteral().getLexicalForm());
    }

    private static double score(Map<String, RDFNode> row) {
        return row.get("score").asLiteral().getDouble();
    }

    private static String snippet(RDFNode literal) {
        if (literal == null || !literal.isLiteral())
            return null;
        String text = literal.asLiteral().getLexicalForm();
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET - 1) + "…";
    }
}
