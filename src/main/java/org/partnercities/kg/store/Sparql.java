package org.partnercities.kg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.springframework.stereotype.Component;

/**
 * Runs the library's queries through the {@link RDFConnection}, with values bound as RDF terms
 * (never spliced into query text), and returns rows copied out of the store's transaction.
 */
@Component
public class Sparql {

    /** Only to wrap bound nodes as RDFNodes; nothing is ever added to it. */
    private static final Model TERMS = ModelFactory.createDefaultModel();

    private final RDFConnection connection;
    private final QueryLibrary library;

    public Sparql(RDFConnection connection, QueryLibrary library) {
        this.connection = connection;
        this.library = library;
    }

    /** A fresh copy of a library query, for callers that reshape it (paging, ordering). */
    public Query query(String name) {
        return library.get(name);
    }

    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings) {
        return select(library.get(name), bindings);
    }

    /** Rows of a SELECT; unbound variables are absent from a row. */
    public List<Map<String, RDFNode>> select(Query query, Map<String, Node> bindings) {
        return connection.calculateRead(() -> {
            try (QueryExecution execution = bind(query, bindings).build()) {
                ResultSet results = execution.execSelect();
                List<Map<String, RDFNode>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    var solution = results.next();
                    Map<String, RDFNode> row = new LinkedHashMap<>();
                    for (String var : results.getResultVars()) {
                        RDFNode value = solution.get(var);
                        if (value != null)
                            row.put(var, value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    /**
     * Rows of a SELECT run for each of {@code values}: {@code VALUES ?valuesVar { … }} is put at
     * the start of the query's pattern, so the store starts from those nodes.
     */
    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings, String valuesVar,
                                             Collection<Node> values) {
        if (values.isEmpty())
            return List.of();
        Query query = library.get(name);
        Var var = Var.alloc(valuesVar);
        ElementData data = new ElementData(List.of(var), values.stream().map(v -> BindingFactory.binding(var, v)).toList());
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(data);
        if (query.getQueryPattern() instanceof ElementGroup group)
            group.getElements().forEach(pattern::addElement);
        else
            pattern.addElement(query.getQueryPattern());
        query.setQueryPattern(pattern);
        return select(query, bindings);
    }

    public boolean ask(String name, Map<String, Node> bindings) {
        return connection.calculateRead(() -> {
            try (QueryExecution execution = bind(library.get(name), bindings).build()) {
                return execution.execAsk();
            }
        });
    }

    private QueryExecutionBuilder bind(Query query, Map<String, Node> bindings) {
        QueryExecutionBuilder builder = connection.newQuery().query(query);
        bindings.forEach((var, node) -> builder.substitution(var, TERMS.asRDFNode(node)));
        return builder;
    }
}
