package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.partnercities.kg.load.BulkLoader;
import org.partnercities.kg.load.LoadException;
import org.partnercities.kg.store.EmbeddedStore;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kg load FILE…}: the same checks as a Graph Store PUT of each graph, all files in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load source graphs from TriG / N-Quads files (optionally .gz; each graph in one piece) into the "
                + "store: each named graph replaces the graph of that name, after materialisation and SHACL "
                + "validation; all files in one transaction, or nothing if any graph does not conform.")
final class LoadCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Mixin
    OntologyOption ontology;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to load")
    List<Path> files;

    @Override
    int run() throws Exception {
        var schema = ontology.schema();
        long bytes = 0;
        for (Path file : files) {
            existingFile(file);
            RdfFiles.lang(file);
            bytes += Files.size(file);
        }
        BulkLoader.Result result;
        try (EmbeddedStore embedded = store.open(true);
             ProgressBar bar = new ProgressBarBuilder().setTaskName("load").setInitialMax(bytes)
                     .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).continuousUpdate().build()) {
            System.err.println("Loading " + files.size() + " file(s) into " + store.store + " in one transaction…");
            result = new BulkLoader(embedded.dataset(), schema).load(files, in -> new CountingInput(in, bar::stepBy));
        } catch (LoadException e) {
            System.err.println(String.join("\n", e.problems()) + "\nnothing was loaded");
            return 1;
        }
        if (!result.violations().isEmpty()) {
            result.violations().forEach(v -> System.err.println(v));
            System.err.println(result.violations().size() + " violation(s); nothing was loaded");
            return 1;
        }
        System.err.printf("Loaded %d source graph(s), %d statements (%d inferred) into %s in %.1f s (%.0f statements/s)%n",
                result.graphs(), result.statements(), result.inferred(), store.store,
                result.duration().toMillis() / 1000.0, result.statements() * 1000.0 / Math.max(1, result.duration().toMillis()));
        return 0;
    }
}
