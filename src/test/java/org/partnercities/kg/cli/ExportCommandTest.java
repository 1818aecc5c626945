package org.partnercities.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.load.GraphLoader;
import org.partnercities.kg.store.EmbeddedStore;

import picocli.CommandLine;

/** {@code kg export} writes a store's dump; bad options are CLI errors. */
class ExportCommandTest {

    @Test
    void exportWritesTheWholeStoreAsGzipTrig(@TempDir Path storeDir, @TempDir Path out) throws Exception {
        long quads;
        try (EmbeddedStore store = TestStores.open(storeDir);
             RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(store.dataset()))) {
            TestStores.loader(connection).replaceAll(TestStores.projectSources());
            quads = store.dataset().calculateRead(() -> store.dataset().stream().count());
        }
        Path file = out.resolve("kg.trig.gz");
        int exit = new CommandLine(new KgCli()).execute("export", "--store", storeDir.toString(), "--format", "trig",
                "--output", file.toString());
        assertThat(exit).isZero();
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dump);
        }
        assertThat(dump.stream().count()).isEqualTo(quads);
    }

    @Test
    void unknownFormatAndMissingStoreAreErrors(@TempDir Path dir) {
        assertThat(new CommandLine(new KgCli()).execute("export", "--store", dir.toString(), "--format", "xlsx",
                "--output", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(new CommandLine(new KgCli()).execute("export", "--store", dir.resolve("none").toString(),
                "--output", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(new CommandLine(new KgCli()).execute("export", "--bogus")).isNotZero();
    }
}
