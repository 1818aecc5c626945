package org.partnercities.kg.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.curation.ChangeReport;
import org.partnercities.kg.curation.ChangeService;
import org.partnercities.kg.ingest.DraftFiles;
import org.partnercities.kg.ingest.IngestException;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.StoreWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kg accept DRAFT.trig}: the (perhaps hand-edited) draft into the store, through the one SHACL-gated change path. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = "Load a reviewed draft: its source graph replaces the graph of that name, after materialisation and "
                + "SHACL validation, in one transaction (the same path as every change by a curator). A draft that does not "
                + "conform is refused with its violations and the store is left as it was.")
final class AcceptCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Mixin
    OntologyOption ontology;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft, TriG (from kg ingest)")
    Path draft;

    @Override
    int run() throws Exception {
        existingFile(draft);
        var schema = ontology.schema();
        Map<Node, Graph> graphs;
        try {
            graphs = DraftFiles.sourceGraphs(draft.toString(), Files.readString(draft));
        } catch (IngestException e) {
            throw new CliException(1, e.getMessage() + "\nnothing was written");
        } catch (CharacterCodingException e) {
            throw new CliException(1, draft + ": not UTF-8 text\nnothing was written");
        }
        ChangeReport report;
        try (EmbeddedStore embedded = store.open(false);
             RDFConnection connection = embedded.connect()) {
            report = new ChangeService(new StoreWriter(connection, new QueryLibrary()), schema).replace(graphs);
        } catch (ValidationException e) {
            e.violations().forEach(v -> System.err.println(v));
            System.err.println(e.violations().size() + " violation(s) in " + draft + "; nothing was written. "
                    + "Edit the draft and accept it again, or reject it.");
            return 1;
        }
        System.err.println("Accepted " + draft + ": " + report.graphs().values().stream().mapToLong(Long::longValue).sum() + " statements in " + graphs.size()
                + " source graph(s) (" + report.inferred() + " inferred)" + (report.created() ? ", new" : ", replacing the earlier version")
                + ", into " + store.store);
        return 0;
    }
}
