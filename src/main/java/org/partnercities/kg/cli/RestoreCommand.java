package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.partnercities.kg.load.LoadState;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.StoreWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg restore}: the store becomes exactly the backup, in one transaction. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace everything in the store with a backup (N-Quads or TriG, optionally .gz), in one "
                + "transaction. The store is marked as holding the current sources, so the server keeps the "
                + "restored data at its next start instead of reloading ontology/ and data/.")
final class RestoreCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Option(names = "--input", required = true, description = "Backup file, e.g. backup.nq.gz")
    Path input;

    @Mixin
    OntologyOption ontology;

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    int run() {
        DatasetGraph backup = RdfFiles.read(input, "read");
        if (!backup.getDefaultGraph().isEmpty())
            throw new CliException(1, input + ": statements outside a named graph; a backup holds named graphs only");
        try (EmbeddedStore embedded = store.open(true);
             RDFConnection connection = embedded.connect()) {
            new StoreWriter(connection, new QueryLibrary()).replaceAll(backup);
        }
        if (Files.isDirectory(ontology.ontology) && Files.isDirectory(data))
            new LoadState(store.store).recordLoaded(SourceFiles.scan(ontology.ontology, data).digest());
        System.err.println("Restored " + backup.stream().count() + " statements into " + store.store);
        return 0;
    }
}
