package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.generate.GenerationReport;
import org.partnercities.kg.generate.Generator;
import org.partnercities.kg.generate.Kind;
import org.partnercities.kg.generate.OutputFormat;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line: {@code export}, {@code backup}, {@code restore}, {@code load},
 * {@code validate}, {@code generate} (a synthetic graph at a chosen scale), and {@code ingest},
 * {@code accept}, {@code reject} (a report to a reviewed draft, into the store or not). Commands that open a
 * store need the server not to be running on the same store directory (TDB2 allows one process);
 * against a running server, use its HTTP write endpoints.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, subcommands = {KgCli.Export.class, ValidateCommand.class,
        LoadCommand.class, BackupCommand.class, RestoreCommand.class, KgCli.Generate.class, IngestCommand.class,
        AcceptCommand.class, RejectCommand.class, ReindexCommand.class},
        description = "Partner Cities KG command line")
public final class KgCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new KgCli()).execute(args));
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the whole graph, gzip-compressed, with a progress bar.")
    static final class Export extends CliCommand {

        @Mixin
        StoreOption store;

        @Option(names = "--format", defaultValue = "trig",
                description = "trig, nq (named graphs kept), ttl, nt, jsonld, rdf (union) (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--output", required = true, description = "File to write, e.g. partner-cities-kg.trig.gz")
        Path output;

        @Override
        int run() throws Exception {
            DumpFormat dumpFormat = DumpFormat.byExtension(format).orElseThrow(() -> new CliException(2,
                    "Unknown --format '" + format + "'; use one of trig, nq, ttl, nt, jsonld, rdf"));
            BackupCommand.write(store.open(false), dumpFormat, output);
            return 0;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a synthetic graph at a chosen scale (1 = national: about 11 million statements), "
                    + "one named graph per source document, with a progress bar; the same seed gives the same bytes.")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--scale", defaultValue = "1.0",
                description = "Size relative to the national scale, above 0 and at most 10; 0.01 for tests (default: ${DEFAULT-VALUE})")
        double scale;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--output", required = true,
                description = "File to write; its name gives the format: " + OutputFormat.EXPECTED)
        Path output;

        @Override
        public Integer call() throws Exception {
            if (OutputFormat.of(output).isEmpty()) {
                System.err.println("Cannot tell the format of --output " + output + ": the name must end in "
                        + OutputFormat.EXPECTED);
                return 2;
            }
            Generator generator;
            try {
                generator = new Generator(scale, seed);
            } catch (IllegalArgumentException e) {
                System.err.println("Bad --scale: " + e.getMessage());
                return 2;
            }
            GenerationReport report;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("generate")
                    .setInitialMax(generator.plannedGraphs()).setStyle(ProgressBarStyle.ASCII).setUnit(" graphs", 1)
                    .continuousUpdate().build()) {
                report = generator.writeTo(output, (graphs, quads) -> {
                    bar.stepTo(graphs);
                    bar.setExtraMessage(quads + " statements");
                });
            }
            System.out.printf(Locale.ROOT, "Wrote %s (%d bytes) in %.1f s: %d statements in %d named graphs%n", output,
                    Files.size(output), report.duration().toMillis() / 1000.0, report.quads(), report.graphs());
            for (Kind kind : Kind.values())
                System.out.printf(Locale.ROOT, "  %-32s %,d%n", kind.label, report.count(kind));
            return 0;
        }
    }
}
