package org.partnercities.kg.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.dump.DumpWriter;
import org.partnercities.kg.store.DumpConnection;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.RemoteConnections;
import org.partnercities.kg.store.StoreProperties;

/**
 * A remote Fuseki cuts every question at its limit; a dump reads every statement, which at national
 * scale takes minutes. The application dumps through the dataset's dump endpoint, which the
 * deployable configuration gives a limit of its own and opens to users only. Here the dataset's
 * limit is 1 ms, so a question fails while the dump still reads everything.
 */
class RemoteDumpTest {

    private static final String USER = "kg-app";
    private static final String PASSWORD = "dump-" + Long.toHexString(System.nanoTime());
    private static final String DEPLOYED_LIMIT = "ja:cxtValue \"10000\"";
    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }";

    @Test
    void dumpReadsEveryStatementWhereAQuestionIsCutShort(@TempDir Path dir) throws Exception {
        String deployed = Files.readString(StandaloneFuseki.CONFIG);
        assertThat(deployed).contains(DEPLOYED_LIMIT);
        Path config = dir.resolve("one-millisecond.ttl");
        Files.writeString(config, deployed.replace(DEPLOYED_LIMIT, "ja:cxtValue \"1\""));

        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir.resolve("server"), USER, PASSWORD,
                List.of(StandaloneFuseki.SERVER_JAR, StandaloneFuseki.CLASSES), config);
             RDFConnection writer = fuseki.connect()) {
            TestStores.loader(writer).replaceAll(TestStores.projectSources());
            StoreProperties.Remote remote = remote(fuseki, USER, PASSWORD);
            try (RDFConnection questions = RemoteConnections.to(remote, remote.query());
                 DumpConnection dumps = RemoteConnections.dumps(remote, questions)) {
                assertThatThrownBy(() -> questions.querySelect(CARTESIAN, row -> { }))
                        .isInstanceOfSatisfying(QueryExceptionHTTP.class, e -> assertThat(e.getStatusCode()).isEqualTo(503));

                long[] inStore = {0};
                dumps.connection().querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                        row -> inStore[0] = row.getLiteral("n").getLong());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long written = new DumpWriter(dumps.connection(), new QueryLibrary())
                        .write(DumpFormat.byExtension("nq").orElseThrow(), out, n -> { });
                DatasetGraph dump = DatasetGraphFactory.createGeneral();
                RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))).lang(Lang.NQUADS).parse(dump);

                assertThat(inStore[0]).isGreaterThan(1000);
                assertThat(written).isEqualTo(inStore[0]);
                assertThat(dump.stream().count()).isEqualTo(inStore[0]);
            }

            // The endpoint without a limit is not open to anyone.
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    fuseki.datasetUrl() + "/dump?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);

            // Without the store's user the application cannot use it: dumps go through the query endpoint.
            StoreProperties.Remote withoutUser = remote(fuseki, null, null);
            try (RDFConnection questions = RemoteConnections.to(withoutUser, withoutUser.query());
                 DumpConnection dumps = RemoteConnections.dumps(withoutUser, questions)) {
                assertThat(dumps.connection()).isSameAs(questions);
                assertThat(dumps.owned()).isFalse();
            }
        }
    }

    private static StoreProperties.Remote remote(StandaloneFuseki fuseki, String user, String password) {
        return new StoreProperties.Remote(URI.create(fuseki.datasetUrl()), "sparql", "update", "data", "dump", user, password);
    }
}
