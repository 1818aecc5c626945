package org.partnercities.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.generate.Generator;

import picocli.CommandLine;

/** {@code kg generate} writes what the generator writes for its scale and seed, and says what; bad options are CLI errors. */
class GenerateCommandTest {

    @Test
    void generateWritesTheFileAndReportsCounts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gen.nq.gz");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new KgCli()).execute("generate", "--scale", "0.002", "--seed", "3",
                    "--output", file.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(exit).isZero();

        Path direct = dir.resolve("direct.nq.gz");
        new Generator(0.002, 3).writeTo(direct, (graphs, quads) -> {});
        assertThat(Files.mismatch(file, direct)).isEqualTo(-1L);

        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dataset);
        }
        long graphs = new Generator(0.002, 3).plannedGraphs();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(dataset.stream().count() + " statements in " + graphs + " named graphs")
                .containsPattern("schools +80\\b")
                .containsPattern("teachers \\(and deputy directors\\) +1,000\\b");
    }

    @Test
    void unknownFormatAndBadScaleAreErrors(@TempDir Path dir) {
        assertThat(new CommandLine(new KgCli()).execute("generate", "--scale", "0.002",
                "--output", dir.resolve("gen.ttl").toString())).isEqualTo(2);
        assertThat(new CommandLine(new KgCli()).execute("generate", "--scale", "0",
                "--output", dir.resolve("gen.nq.gz").toString())).isEqualTo(2);
        assertThat(new CommandLine(new KgCli()).execute("generate", "--scale", "11",
                "--output", dir.resolve("gen.nq.gz").toString())).isEqualTo(2);
        assertThat(new CommandLine(new KgCli()).execute("generate", "--scale", "lots",
                "--output", dir.resolve("gen.nq.gz").toString())).isNotZero();
        assertThat(new CommandLine(new KgCli()).execute("generate")).isNotZero();
        assertThat(dir.resolve("gen.ttl")).doesNotExist();
        assertThat(dir.resolve("gen.nq.gz")).doesNotExist();
    }
}
