package org.partnercities.kg.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;

/** A dump reads the whole graph, which at national scale takes minutes: the store's limit for questions must not cut it. */
class DumpWriterTimeoutTest {

    @Test
    void dumpIsNotCutShortByTheStoresQueryTimeout(@TempDir Path dir) throws Exception {
        try (EmbeddedStore store = TestStores.open(dir); RDFConnection connection = store.connect()) {
            TestStores.loader(connection).replaceAll(TestStores.projectSources());
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir, Duration.ofMillis(1)); RDFConnection connection = store.connect()) {
            long inStore = store.dataset().calculateRead(() -> store.dataset().stream().count());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = new DumpWriter(connection, new QueryLibrary()).write(DumpFormat.byExtension("nq").orElseThrow(), out, n -> { });

            DatasetGraph dump = DatasetGraphFactory.createGeneral();
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))).lang(Lang.NQUADS).parse(dump);
            assertThat(inStore).isGreaterThan(1000);
            assertThat(written).isEqualTo(inStore);
            assertThat(dump.stream().count()).isEqualTo(inStore);
        }
    }
}
