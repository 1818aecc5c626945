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
 * Materialises what the ontology implies (ontology/rules/*.rq, see the README there) into each
 * source graph, repeating the rules until they add nothing.
 */
final class Materializer {

    private static final Var SOURCE = Var.alloc("source");
    private static final int MAX_ROUNDS = 20;

    private record Rule(String name, Query query) {}

    private final List<Rule> rules;

    private Materializer(List<Rule> rules) {
        this.rules = rules;
    }

    static Materializer fromFiles(List<Path> files) {
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
        return new Materializer(rules);
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
        int added = 0;
        for (int round = 1; ; round++) {
            int addedThisRound = 0;
            for (Rule rule : rules) {
                Graph derived = QueryExec.dataset(view).query(rule.query()).substitution(SOURCE, graphName).construct();
                for (Iterator<Triple> it = derived.find(); it.hasNext(); ) {
                    Triple triple = it.next();
                    if (!graph.contains(triple)) {
                        graph.add(triple);
                        addedThisRound++;
                    }
                }
            }
            added += addedThisRound;
            if (addedThisRound == 0)
                return added;
            if (round == MAX_ROUNDS)
                throw new LoadException("Materialisation of <" + graphName.getURI()
                        + "> did not reach a fixpoint in " + MAX_ROUNDS + " rounds");
        }
    }
}
