package org.partnercities.kg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Materialises what the ontology implies into each source graph: the generic entailments of its
 * class and property axioms ({@link SchemaClosure}) and the domain rules in ontology/rules/*.rq (see
 * the README there), repeated until nothing new comes out.
 */
final class Materializer {

    private static final Var SOURCE = Var.alloc("source");
    private static final int MAX_ROUNDS = 20;

    private record Rule(String name, Query query) {}

    private final List<Rule> rules;
    private final SchemaClosure closure;

    private Materializer(List<Rule> rules, SchemaClosure closure) {
        this.rules = rules;
        this.closure = closure;
    }

    static Materializer fromFiles(List<Path> files, Graph ontology) {
        List<Rule> rules = new ArrayList<>();
        for (Path file : files) {
            try {
                Query query = QueryFactory.create(Files.readString(file));
                if (!query.isConstructType())
                    throw new LoadException(file + ": a rule must be a CONSTRUCT query");
                rules.add(new Rule(file.getFileName().toString(), query));
            } catch (QueryParseException e) {
                throw new LoadException(file + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Materializer(rules, SchemaClosure.of(ontology));
    }

    /** Adds the implied statements to every named graph of {@code data}; returns how many. */
    int materialize(DatasetGraph data, Graph ontology) {
        int added = 0;
        List<Node> graphNames = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(graphNames::add);
        for (Node graphName : graphNames)
            added += materializeGraph(graphName, data.getGraph(graphName), ontology);
        return added;
    }

    /** Adds the implied statements to one source graph; returns how many. */
    int materializeGraph(Node graphName, Graph graph, Graph ontology) {
        // The ontology is the default graph; the source is the named graph the rules write about.
        DatasetGraph view = new DatasetGraphMapLink(ontology);
        view.addGraph(graphName, graph);
        int added = closure.close(graph, graph.find().toList()).size();
        for (int round = 1; ; round++) {
            List<Triple> addedThisRound = new ArrayList<>();
            for (Rule rule : rules) {
                Graph derived = QueryExec.dataset(view).query(rule.query()).substitution(SOURCE, graphName).construct();
                for (Iterator<Triple> it = derived.find(); it.hasNext(); ) {
                    Triple triple = it.next();
                    if (!graph.contains(triple)) {
                        graph.add(triple);
                        addedThisRound.add(triple);
                    }
                }
            }
            if (addedThisRound.isEmpty())
                return added;
            added += addedThisRound.size() + closure.close(graph, addedThisRound).size();
            if (round == MAX_ROUNDS)
                throw new LoadException("Materialisation of <" + graphName.getURI()
                        + "> did not reach a fixpoint in " + MAX_ROUNDS + " rounds");
        }
    }
}
