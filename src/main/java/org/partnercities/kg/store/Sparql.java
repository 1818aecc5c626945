package org.partnercities.kg.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.springframework.stereotype.Component;

/**
 * Runs the library's queries through the {@link RDFConnection}. Values are bound as RDF terms in
 * a {@code VALUES} block put at the start of the query's pattern — never spliced into query text —
 * so that the query stays valid SPARQL for any store (a variable the caller leaves unbound stays
 * unbound, and {@code !BOUND(?x) || …} filters read as "no filter"; a bound one becomes a join,
 * see {@link DrivingFilters}). Rows are copied out of the store's transaction.
 */
@Component
public class Sparql {

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

    /** A copy of {@code query} with {@code bindings} as a one-row VALUES block at the start of its pattern. */
    public static Query bind(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty())
            return query;
        List<Var> vars = new ArrayList<>();
        BindingBuilder row = BindingFactory.builder();
        bindings.forEach((name, node) -> {
            Var var = Var.alloc(name);
            vars.add(var);
            row.add(var, node);
        });
        return DrivingFilters.rewrite(withData(query, new ElementData(vars, List.of(row.build()))), bindings);
    }

    /**
     * A copy of {@code query} with variables replaced by RDF terms in the syntax tree, for the few
     * places a variable cannot be bound from outside: the arguments of a property function such as
     * {@code text:query}. Prefer {@link #bind}.
     */
    public static Query substitute(Query query, Map<String, Node> terms) {
        Map<Var, Node> vars = new java.util.HashMap<>();
        terms.forEach((name, node) -> vars.put(Var.alloc(name), node));
        return QueryTransformOps.replaceVars(query, vars);
    }

    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings) {
        return select(bind(library.get(name), bindings));
    }

    /** Rows of a SELECT run once for each of {@code values} (bound to {@code valuesVar}). */
    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings, String valuesVar,
                                             Collection<Node> values) {
        if (values.isEmpty())
            return List.of();
        Var var = Var.alloc(valuesVar);
        List<Binding> rows = values.stream().map(v -> BindingFactory.binding(var, v)).toList();
        return select(withData(bind(library.get(name), bindings), new ElementData(List.of(var), rows)));
    }

    /** Rows of a SELECT; unbound variables are absent from a row. */
    public List<Map<String, RDFNode>> select(Query query) {
        return select(query, null);
    }

    /**
     * Rows of a library query allowed {@code timeout} instead of the store's query timeout (an
     * embedded store; a remote store applies its own): for the few whole-graph questions whose
     * answers are computed once and kept.
     */
    public List<Map<String, RDFNode>> selectWithTimeout(String name, Duration timeout) {
        return select(library.get(name), timeout);
    }

    /** Rows of a SELECT allowed {@code timeout} (null: the store's own limit) instead of the store's query timeout. */
    public List<Map<String, RDFNode>> select(Query query, Duration timeout) {
        return connection.calculateRead(() -> {
            try (QueryExecution execution = timeout == null ? connection.query(query)
                    : connection.newQuery().query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
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

    public boolean ask(String name, Map<String, Node> bindings) {
        Query query = bind(library.get(name), bindings);
        return connection.calculateRead(() -> {
            try (QueryExecution execution = connection.query(query)) {
                return execution.execAsk();
            }
        });
    }

    private static Query withData(Query query, ElementData data) {
        Query copy = query.cloneQuery();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(data);
        Element original = copy.getQueryPattern();
        if (original instanceof ElementGroup group)
            group.getElements().forEach(pattern::addElement);
        else if (original != null)
            pattern.addElement(original);
        copy.setQueryPattern(pattern);
        return copy;
    }
}
