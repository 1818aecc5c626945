package org.partnercities.kg.list;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.DateBound;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.search.LuceneQuery;
import org.partnercities.kg.store.OntologyIndex;

/** The filters of one list request, checked and turned into RDF terms for the query. */
public final class ListParameters {

    private final Map<String, Node> bindings = new HashMap<>();
    private final OntologyIndex ontology;
    private boolean matchesNothing;

    public ListParameters(OntologyIndex ontology, String lang) {
        this.ontology = ontology;
        bindings.put("lang", NodeFactory.createLiteralString(lang));
    }

    /** An entity filter: a full id, or a slug of the given kind. */
    public ListParameters entity(String parameter, String variable, String value, String kind) {
        if (value != null && !value.isBlank())
            bindings.put(variable, kind == null ? EntityIds.iri(parameter, value) : EntityIds.iri(parameter, value, kind));
        return this;
    }

    /** A kind filter: the kind slug of a class under one of the roots. */
    public ListParameters kind(String value, List<String> roots) {
        if (value == null || value.isBlank())
            return this;
        for (String root : roots) {
            var found = ontology.classForKind(root, value);
            if (found.isPresent()) {
                bindings.put("kind", NodeFactory.createURI(found.get()));
                return this;
            }
        }
        List<String> allowed = roots.stream().flatMap(r -> ontology.kinds(r).stream()).distinct().sorted().toList();
        throw new BadParameterException("kind", "must be one of " + allowed + " (was '" + EntityIds.shorten(value) + "')");
    }

    /**
     * The name filter {@code q}: {@code ?text} bound to a query for the text index in which every
     * word is required, in any word form, and the last also matches as a prefix ({@link LuceneQuery},
     * which escapes Lucene syntax). Input with no word in it (only punctuation) matches nothing.
     */
    public ListParameters text(String value) {
        if (value == null || value.isBlank())
            return this;
        Optional<String> query = LuceneQuery.ofWords(value, true);
        if (query.isPresent())
            bindings.put("text", NodeFactory.createLiteralString(query.get()));
        else
            matchesNothing = true;
        return this;
    }

    /**
     * A date range from the {@code from} and {@code to} parameters (YYYY, YYYY-MM or YYYY-MM-DD),
     * bound as the first and last day they cover; 400 if either does not parse or they are reversed.
     */
    public ListParameters dates(String from, String to) {
        String first = DateBound.lower("from", from);
        String last = DateBound.upper("to", to);
        DateBound.checkOrder(first, last);
        if (first != null)
            bindings.put("from", NodeFactory.createLiteralString(first));
        if (last != null)
            bindings.put("to", NodeFactory.createLiteralString(last));
        return this;
    }

    public Map<String, Node> bindings() {
        return Map.copyOf(bindings);
    }

    /** Whether {@code q} is given and bound as a text index query. */
    public boolean filtersByText() {
        return bindings.containsKey("text");
    }

    /** Whether a filter can match nothing whatever the data (a {@code q} without a word): no query needs to run. */
    public boolean matchesNothing() {
        return matchesNothing;
    }
}
