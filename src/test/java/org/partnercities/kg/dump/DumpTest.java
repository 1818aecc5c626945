package org.partnercities.kg.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercities.kg.HttpTestSupport;
import org.partnercities.kg.Isomorphism;
import org.partnercities.kg.Rapper;
import org.partnercities.kg.TestStores;

/** Every dump downloads gzip-compressed, parses with Jena and with rapper, and equals the store's content. */
class DumpTest extends HttpTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "trig, TriG, trig, true",
        "nq, N-Quads, nquads, true",
        "ttl, Turtle, turtle, false",
        "nt, N-Triples, ntriples, false",
        "rdf, RDF/XML, rdfxml, false",
        "jsonld, JSON-LD, , false",
    })
    void dumpEqualsTheStore(String extension, String jenaLang, String rapperSyntax, boolean quads, @TempDir Path dir)
            throws Exception {
        String name = "partner-cities-kg." + extension + ".gz";
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/dumps/" + name)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename=\"" + name + "\"");
        Path file = dir.resolve("dump." + extension);
        try (InputStream in = new GZIPInputStream(response.body())) {
            Files.copy(in, file);
        }
        Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(jenaLang);
        if (quads) {
            DatasetGraph dump = DatasetGraphFactory.createGeneral();
            RDFParser.source(file).lang(lang).parse(dump);
            DatasetGraph store = storeDataset();
            assertThat(dump.stream().count()).isEqualTo(store.stream().count());
            assertThat(Isomorphism.of(dump, store)).as("isomorphic to the store").isTrue();
            assertThat(Rapper.count(file, rapperSyntax)).isEqualTo(store.stream().count());
        } else {
            Graph dump = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(lang).parse(dump);
            Graph union = storeUnion();
            assertThat(dump.size()).isEqualTo(union.size());
            assertThat(dump.isIsomorphicWith(union)).as("isomorphic to the union of the store").isTrue();
            if (rapperSyntax != null)
                assertThat(Rapper.count(file, rapperSyntax)).isEqualTo(union.size());
        }
    }

    @ParameterizedTest
    @CsvSource({"partner-cities-kg.xlsx.gz", "secrets.txt"})
    void unknownDumpIs404(String name) {
        assertThat(get("/dumps/" + name).statusCode()).isEqualTo(404);
    }

    private static DatasetGraph storeDataset() {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        try (var connection = TestStores.sharedConnection()) {
            connection.executeRead(() -> connection.fetchDataset().asDatasetGraph().find().forEachRemaining(copy::add));
        }
        return copy;
    }

    private static Graph storeUnion() {
        try (var connection = TestStores.sharedConnection()) {
            return connection.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").getGraph();
        }
    }
}
