package org.partnercities.kg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.dump.DumpWriter;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg backup}: every graph of the store, ontology included, as gzip N-Quads. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write the whole store (every named graph, the ontology included) as gzip N-Quads; "
                + "`kg restore` reads it back.")
final class BackupCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Option(names = "--output", required = true, description = "File to write, e.g. backup.nq.gz")
    Path output;

    @Override
    int run() throws Exception {
        write(store.open(false), DumpFormat.byExtension("nq").orElseThrow(), output);
        return 0;
    }

    /** Writes a dump of {@code embedded} (closed afterwards) with a progress bar over the statements. */
    static void write(EmbeddedStore embedded, DumpFormat format, Path output) throws Exception {
        try (embedded;
             RDFConnection connection = embedded.connect();
             OutputStream out = Files.newOutputStream(output)) {
            long[] total = {0};
            connection.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    row -> total[0] = row.getLiteral("n").getLong());
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("write " + format.extension())
                    .setInitialMax(total[0]).setStyle(ProgressBarStyle.ASCII).setUnit(" statements", 1)
                    .continuousUpdate().build()) {
                long written = new DumpWriter(connection, new QueryLibrary()).write(format, out, bar::stepTo);
                bar.stepTo(written);
                bar.maxHint(written);
            }
        }
        System.err.println("Wrote " + output + " (" + Files.size(output) + " bytes)");
    }
}
