package org.partnercities.kg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercities.kg.HttpTestSupport;
import org.partnercities.kg.Rapper;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.vocab.PCK;

/** Dereferenceable IRIs: content negotiation, formats parsed by Jena and rapper, 404/406, the ontology. */
class LinkedDataTest extends HttpTestSupport {

    private static final String SCHOOL = "/id/school/ivanovo-56";
    private static final Node SCHOOL_IRI = NodeFactory.createURI(PCK.ID + "school/ivanovo-56");

    @ParameterizedTest(name = "Accept {0} gives {1}")
    @CsvSource({
        "text/html, text/html",
        "text/turtle, text/turtle",
        "application/ld+json, application/ld+json",
        "application/rdf+xml, application/rdf+xml",
        "application/n-triples, application/n-triples",
        "'text/turtle;q=0.5, application/rdf+xml;q=0.9', application/rdf+xml",
        "'text/html;q=0, */*;q=0.1', text/turtle",
        "'text/*, application/ld+json;q=0.8', text/html",
        "'application/*;q=0.9, text/turtle;q=0.2', application/ld+json",
    })
    void sameIriGivesWhatTheClientAccepts(String accept, String expected) {
        HttpResponse<String> response = get(SCHOOL, "Accept", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(expected);
        assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> response = get(SCHOOL + "?format=nt", "Accept", "text/html");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-triples");
        assertThat(problem(400, SCHOOL, Map.of("format", "xlsx")).path("parameter").asString()).isEqualTo("format");
    }

    @Test
    void unacceptableIs406AndUnknownIriIs404() {
        HttpResponse<String> response = get(SCHOOL, "Accept", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle");
        assertThat(get("/id/school/ivanovo-999", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/id/school/ivanovo-999", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void everyFormatParsesWithJenaAndRapperToTheSameDescription(@TempDir Path dir) throws IOException {
        Graph turtle = parse(get(SCHOOL + "?format=ttl").body(), Lang.TURTLE);
        for (String[] f : new String[][] {{"rdf", "rdfxml", "RDFXML"}, {"nt", "ntriples", "NTRIPLES"}, {"jsonld", null, "JSONLD"}}) {
            String body = get(SCHOOL + "?format=" + f[0]).body();
            Graph graph = parse(body, org.apache.jena.riot.RDFLanguages.nameToLang(f[2]));
            assertThat(turtle.isIsomorphicWith(graph)).as(f[0] + " isomorphic to Turtle").isTrue();
            if (f[1] != null) {
                Path file = Files.writeString(dir.resolve("school." + f[0]), body);
                assertThat(Rapper.count(file, f[1])).as("rapper " + f[0]).isEqualTo(graph.size());
            }
        }
        assertThat(Rapper.count(Files.writeString(dir.resolve("school.ttl"), get(SCHOOL + "?format=ttl").body()), "turtle"))
                .isEqualTo(turtle.size());

        // All statements about the entity in the store are in the description, with the labels of what it links to.
        Set<String> stored = new HashSet<>();
        try (var connection = TestStores.sharedConnection()) {
            connection.querySelect("SELECT ?p ?o { <" + SCHOOL_IRI.getURI() + "> ?p ?o }",
                    row -> stored.add(row.get("p").toString() + " " + row.get("o").asNode().toString()));
        }
        Set<String> described = new HashSet<>();
        turtle.find(SCHOOL_IRI, Node.ANY, Node.ANY).forEach(t -> described.add(t.getPredicate().getURI() + " " + t.getObject()));
        assertThat(described).containsAll(stored);
        assertThat(turtle.contains(NodeFactory.createURI(PCK.ID + "city/ivanovo"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Иваново", "ru"))).isTrue();
        // Incoming links, with the source article.
        assertThat(turtle.contains(NodeFactory.createURI(PCK.ID + "person/sitnova-elena-vladimirovna"),
                NodeFactory.createURI(PCK.NS + "directorOf"), SCHOOL_IRI)).isTrue();
        assertThat(turtle.contains(NodeFactory.createURI(PCK.ID + "source/ivanovo-mutual-learning-2019-2020"),
                NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY)).isTrue();
    }

    @Test
    void jsonLdUsesThePublishedContextForShortKeys() {
        String body = get(SCHOOL + "?format=jsonld").body();
        assertThat(body).contains("\"locatedIn\"").contains("\"label\"").doesNotContain("\"https://w3id.org/partner-cities-kg/ontology#locatedIn\"");
        var context = parse(get("/context.jsonld").body());
        assertThat(context.path("@context").path("locatedIn").path("@id").asString()).isEqualTo("pck:locatedIn");
        assertThat(context.path("@context").path("pck").asString()).isEqualTo(PCK.NS);
    }

    @Test
    void entityPageShowsFactsRelationsSourcesPassagesAndFormats() {
        String html = get("/id/person/sitnova-elena-vladimirovna", "Accept", "text/html").body();
        assertThat(html).contains("<h1>Ситнова Елена Владимировна</h1>")
                .contains("Elena Vladimirovna Sitnova")
                .contains("href=\"/id/school/ivanovo-56\"")
                .contains("директор ивановской школы №56 Ситнова Елена Владимировна")
                .contains("?format=ttl").contains("?format=jsonld").contains("?format=rdf").contains("?format=nt")
                .contains("<svg class=\"neighbourhood\"");
        String english = get("/id/person/sitnova-elena-vladimirovna?lang=en", "Accept", "text/html").body();
        assertThat(english).contains("<h1>Elena Vladimirovna Sitnova</h1>");
    }

    @Test
    void ontologyIriGivesGeneratedDocumentationOrTheOntology() {
        String html = get("/ontology", "Accept", "text/html").body();
        Set<String> terms = new HashSet<>();
        try (var connection = TestStores.sharedConnection()) {
            connection.querySelect("""
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    SELECT ?t ?ru ?en { GRAPH <%s> { ?t a ?k . VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty }
                      FILTER(STRSTARTS(STR(?t), "%s")) ?t <http://www.w3.org/2000/01/rdf-schema#label> ?ru , ?en
                      FILTER(LANG(?ru) = "ru" && LANG(?en) = "en") } }""".formatted(PCK.ONTOLOGY, PCK.NS),
                    row -> {
                        String name = row.getResource("t").getLocalName();
                        terms.add(name);
                        assertThat(html).contains("id=\"" + name + "\"").contains(escape(row.getLiteral("ru").getString()))
                                .contains(escape(row.getLiteral("en").getString()));
                    });
        }
        assertThat(terms).hasSizeGreaterThan(100);
        assertThat(html).contains("domain:").contains("range:").contains("inverse:").contains("schema:School");

        Graph ontology = parse(get("/ontology", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertThat(ontology.contains(NodeFactory.createURI(PCK.NS + "School"), RDFS.subClassOf.asNode(),
                NodeFactory.createURI("https://schema.org/School"))).isTrue();
        assertThat(parse(get("/ontology?format=jsonld").body(), Lang.JSONLD).size()).isEqualTo(ontology.size());
        assertThat(parse(get("/ontology", "Accept", "application/rdf+xml").body(), Lang.RDFXML).size()).isEqualTo(ontology.size());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        assertThat(graph.size()).as(lang.getName()).isPositive();
        return graph;
    }
}
