package org.partnercities.kg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.curation.ChangeRefusedException;
import org.partnercities.kg.curation.ChangeReport;
import org.partnercities.kg.curation.ChangeService;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.StoreWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg load FILE…}: the same change as a Graph Store PUT of each graph, all in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load source graphs from TriG / N-Quads files (optionally .gz) into the store: each named graph "
                + "replaces the graph of that name, after materialisation and SHACL validation; all files in one "
                + "transaction, or nothing if any graph does not conform.")
final class LoadCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Option(names = "--ontology", defaultValue = "ontology", description = "Ontology directory (default: ${DEFAULT-VALUE})")
    Path ontology;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to load")
    List<Path> files;

    @Override
    int run() {
        var schema = ValidateCommand.schema(ontology);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Path file : files)
            graphs.putAll(ValidateCommand.sourceGraphs(file, RdfFiles.read(file, "read")));
        try (EmbeddedStore embedded = store.open(true);
             RDFConnection connection = RDFConnection.connect(org.apache.jena.query.DatasetFactory.wrap(embedded.dataset()))) {
            ChangeService changes = new ChangeService(new StoreWriter(connection, new QueryLibrary()), schema);
            System.err.println("Checking and writing " + graphs.size() + " source graph(s)…");
            ChangeReport report = changes.replace(graphs);
            long statements = report.graphs().values().stream().mapToLong(Long::longValue).sum();
            System.err.println("Loaded " + graphs.size() + " source graph(s), " + statements + " statements ("
                    + report.inferred() + " inferred) into " + store.store);
            return 0;
        } catch (ValidationException e) {
            e.violations().forEach(v -> System.err.println(v));
            System.err.println(e.violations().size() + " violation(s); nothing was loaded");
            return 1;
        } catch (ChangeRefusedException e) {
            System.err.println(e.getMessage() + "; nothing was loaded");
            return 1;
        }
    }
}
