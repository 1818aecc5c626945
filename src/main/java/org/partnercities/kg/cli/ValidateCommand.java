package org.partnercities.kg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.load.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kg validate FILE…}: would these source graphs be accepted? Touches no store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check TriG / N-Quads files (optionally .gz) the way a load would: every named graph is a "
                + "source, materialised and validated against the SHACL shapes. Exit 0 if all conform, 1 if not.")
final class ValidateCommand extends CliCommand {

    @Mixin
    OntologyOption ontology;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check")
    List<Path> files;

    @Override
    int run() {
        SourceSchema schema = ontology.schema();
        List<Violation> violations = new ArrayList<>();
        int graphs = 0;
        for (Path file : files) {
            Map<Node, Graph> sources = sourceGraphs(file, RdfFiles.read(file, "read"));
            for (Map.Entry<Node, Graph> source : sources.entrySet()) {
                graphs++;
                try {
                    schema.prepare(source.getKey(), source.getValue(), Map.of());
                } catch (ValidationException e) {
                    e.violations().forEach(v -> violations.add(new Violation(List.of(file.toString()),
                            v.focusNode(), v.path(), v.constraint(), v.message())));
                }
            }
        }
        if (!violations.isEmpty()) {
            violations.forEach(v -> System.err.println(v));
            System.err.println(violations.size() + " violation(s) in " + graphs + " source graph(s)");
            return 1;
        }
        System.err.println(graphs + " source graph(s) conform");
        return 0;
    }

    /** The named graphs of a file; statements outside a named graph, or in the ontology graph, are refused. */
    static Map<Node, Graph> sourceGraphs(Path file, DatasetGraph dataset) {
        if (!dataset.getDefaultGraph().isEmpty())
            throw new CliException(1, file + ": " + dataset.getDefaultGraph().size()
                    + " statements are outside a named graph; every statement belongs to the graph of its source");
        Map<Node, Graph> graphs = new java.util.LinkedHashMap<>();
        dataset.listGraphNodes().forEachRemaining(name -> graphs.put(name, dataset.getGraph(name)));
        Set<Node> names = graphs.keySet();
        if (names.contains(org.partnercities.kg.vocab.PCK.ONTOLOGY_GRAPH))
            throw new CliException(1, file + ": the ontology graph is changed in ontology/, not loaded");
        return graphs;
    }
}
