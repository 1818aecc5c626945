package org.partnercities.kg.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;
import org.partnercities.kg.TestStores;

/** The VoID/DCAT description says what the store holds, and where to get it. */
class VoidTest extends HttpTestSupport {

    @Test
    void voidDescribesTheDatasetAsItIs() {
        var response = get("/.well-known/void");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);

        Map<String, String> facts = new HashMap<>();
        try (QueryExecution q = QueryExecution.model(model).query("""
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?triples ?entities ?endpoint ?license ?modified (COUNT(DISTINCT ?dump) AS ?dumps)
                       (COUNT(DISTINCT ?source) AS ?sources) WHERE {
                  ?d a void:Dataset ; void:triples ?triples ; void:entities ?entities ; void:sparqlEndpoint ?endpoint ;
                     dcterms:license ?license ; dcterms:modified ?modified ; void:dataDump ?dump ; dcterms:source ?source .
                } GROUP BY ?triples ?entities ?endpoint ?license ?modified""").build()) {
            var row = q.execSelect().next();
            row.varNames().forEachRemaining(v -> facts.put(v, row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
        }
        long triples;
        try (var connection = TestStores.sharedConnection()) {
            long[] n = {0};
            connection.querySelect("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", r -> n[0] = r.getLiteral("n").getLong());
            triples = n[0];
        }
        assertThat(facts.get("triples")).isEqualTo(Long.toString(triples));
        assertThat(facts.get("endpoint")).isEqualTo("http://localhost:" + port + "/sparql");
        assertThat(facts.get("license")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(facts.get("dumps")).isEqualTo("6");
        assertThat(facts.get("sources")).isEqualTo("2");
        assertThat(facts.get("modified")).matches("\\d{4}-\\d{2}-\\d{2}T.*");

        try (QueryExecution q = QueryExecution.model(model).query("""
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?n { ?d void:classPartition [ void:class <https://w3id.org/partner-cities-kg/ontology#School> ; void:entities ?n ] }""").build()) {
            assertThat(q.execSelect().next().getLiteral("n").getInt()).isEqualTo(12);
        }
        try (QueryExecution q = QueryExecution.model(model).query("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                SELECT (COUNT(?url) AS ?n) { ?d dcat:distribution [ dcat:downloadURL ?url ] }""").build()) {
            assertThat(q.execSelect().next().getLiteral("n").getInt()).isEqualTo(6);
        }
        assertThat(get("/").body()).contains("href=\"/.well-known/void\"");
    }
}
