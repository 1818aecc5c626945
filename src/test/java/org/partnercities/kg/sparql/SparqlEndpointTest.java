package org.partnercities.kg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;
import org.partnercities.kg.vocab.PCK;

/** The SPARQL 1.1 Protocol endpoint over real HTTP, on the application's port, with the seed graph loaded. */
class SparqlEndpointTest extends HttpTestSupport {

    private static final String SCHOOLS_OF_IVANOVO = """
            PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?school ?label WHERE {
              ?school a pck:School ; pck:locatedIn <https://w3id.org/partner-cities-kg/id/city/ivanovo> ; rdfs:label ?label .
              FILTER(LANG(?label) = "ru")
            } ORDER BY ?label""";

    private static final String DESCRIBE_SITNOVA = """
            CONSTRUCT { ?s ?p ?o } WHERE {
              BIND(<https://w3id.org/partner-cities-kg/id/person/sitnova-elena-vladimirovna> AS ?s) ?s ?p ?o }""";

    @Test
    void selectAnswersInJsonFromTheUnionOfTheSourceGraphs() throws Exception {
        HttpResponse<String> response = sparqlGet(SCHOOLS_OF_IVANOVO, "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/sparql-results+json"));
        ResultSet results = ResultsReader.create().lang(ResultSetLang.RS_JSON).read(stream(response));
        List<String> labels = new ArrayList<>();
        results.forEachRemaining(row -> labels.add(row.getLiteral("label").getLexicalForm()));
        assertThat(labels).containsExactly("Школа № 21", "Школа № 29", "Школа № 56", "Школа № 58", "Школа № 67");
    }

    @Test
    void selectAnswersInCsvAndTsvAndXml() throws Exception {
        HttpResponse<String> csv = sparqlGet(SCHOOLS_OF_IVANOVO, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).hasSize(6)
                .first().isEqualTo("school,label");
        assertThat(csv.body()).contains("https://w3id.org/partner-cities-kg/id/school/ivanovo-56,Школа № 56");

        HttpResponse<String> tsv = sparqlGet(SCHOOLS_OF_IVANOVO, "text/tab-separated-values");
        assertThat(tsv.body().lines().findFirst()).hasValue("?school\t?label");

        HttpResponse<String> xml = sparqlGet(SCHOOLS_OF_IVANOVO, "application/sparql-results+xml");
        ResultSet results = ResultSetFactory.fromXML(stream(xml));
        int rows = 0;
        while (results.hasNext()) { results.next(); rows++; }
        assertThat(rows).isEqualTo(5);
    }

    @Test
    void graphClauseGivesThePerArticleView() throws Exception {
        HttpResponse<String> response = sparqlGet("""
                SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/partner-cities-kg/id/city/ivanovo> ?p ?o } }
                GROUP BY ?g""", "text/csv");
        assertThat(response.body().lines().skip(1).toList())
                .containsExactly(PCK.ID + "source/ivanovo-mutual-learning-2019-2020");
    }

    @Test
    void constructAnswersInTurtleAndJsonLdAndNTriplesAndRdfXml() throws Exception {
        for (var format : List.of(
                new Object[] {"text/turtle", Lang.TURTLE},
                new Object[] {"application/ld+json", Lang.JSONLD},
                new Object[] {"application/n-triples", Lang.NTRIPLES},
                new Object[] {"application/rdf+xml", Lang.RDFXML})) {
            HttpResponse<String> response = sparqlGet(DESCRIBE_SITNOVA, (String) format[0]);
            assertThat(response.statusCode()).as((String) format[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith((String) format[0]);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(response.body(), (Lang) format[1]).parse(graph);
            assertThat(graph.contains(
                    NodeFactory.createURI(PCK.ID + "person/sitnova-elena-vladimirovna"),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Ситнова Елена Владимировна", "ru")))
                    .as((String) format[0]).isTrue();
            assertThat(graph.contains(
                    NodeFactory.createURI(PCK.ID + "person/sitnova-elena-vladimirovna"),
                    NodeFactory.createURI(PCK.NS + "directorOf"),
                    NodeFactory.createURI(PCK.ID + "school/ivanovo-56")))
                    .as((String) format[0]).isTrue();
        }
    }

    @Test
    void postWithFormAndWithDirectBodyAnswers() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(SCHOOLS_OF_IVANOVO))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Школа № 58");

        HttpResponse<String> direct = http.send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(SCHOOLS_OF_IVANOVO)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).isEqualTo(form.body());
    }

    @Test
    void malformedQueryGets400WithTheParsersMessageAndPosition() throws Exception {
        HttpResponse<String> response = sparqlGet("SELECT ?s WHERE { ?s ?p }", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parse error").contains("line 1, column 25");
    }

    @Test
    void updatesAndWritesAreRefused() throws Exception {
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isBetween(400, 499);

        HttpResponse<String> formUpdate = http.send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode("DROP ALL"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(formUpdate.statusCode()).isBetween(400, 499);

        HttpResponse<String> put = http.send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isBetween(400, 499);

        HttpResponse<String> count = sparqlGet("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertThat(Integer.parseInt(count.body().lines().skip(1).findFirst().orElseThrow().trim())).isGreaterThan(3000);
    }

    @Test
    void textQueryFindsARussianWordInAnotherForm() throws Exception {
        HttpResponse<String> response = sparqlGet("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { ?s text:query "Иванове" }""", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(PCK.ID + "city/ivanovo");
    }

    private HttpResponse<String> sparqlGet(String query, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint("?query=" + encode(query))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI endpoint(String suffix) {
        return URI.create("http://localhost:" + port + "/sparql" + suffix);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream stream(HttpResponse<String> response) {
        return new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8));
    }
}
