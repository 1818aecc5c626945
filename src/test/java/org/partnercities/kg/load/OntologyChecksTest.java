package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.vocab.PCK;

/** ontology/checks/*-violation.rq return no rows on the loaded store, and do find what they look for. */
class OntologyChecksTest {

    private static final Path CHECKS = TestStores.ONTOLOGY.resolve("checks");

    static Stream<Path> checks() throws IOException {
        try (Stream<Path> files = Files.list(CHECKS)) {
            List<Path> checks = files.filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList();
            assertThat(checks).hasSizeGreaterThanOrEqualTo(4);
            return checks.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("checks")
    void checkFindsNothingInTheLoadedStore(Path check) throws IOException {
        try (RDFConnection connection = TestStores.sharedConnection()) {
            List<String> rows = new ArrayList<>();
            connection.querySelect(Files.readString(check), row -> rows.add(row.toString()));
            assertThat(rows).as(check.toString()).isEmpty();
        }
    }

    @Test
    void labelCheckFindsAClassWithoutAnEnglishLabel() throws IOException {
        DatasetGraph dataset = GraphLoader.prepare(TestStores.projectSources()).dataset();
        var broken = NodeFactory.createURI(PCK.NS + "Broken");
        dataset.add(new Quad(PCK.ONTOLOGY_GRAPH, broken, RDF.type.asNode(), OWL.Class.asNode()));
        dataset.add(new Quad(PCK.ONTOLOGY_GRAPH, broken, RDFS.label.asNode(), NodeFactory.createLiteralLang("Сломано", "ru")));

        assertThat(run("term-without-label-violation.rq", DatasetFactory.wrap(dataset)))
                .containsExactly(PCK.NS + "Broken en");
        assertThat(run("term-without-definition-violation.rq", DatasetFactory.wrap(dataset)))
                .containsExactly(PCK.NS + "Broken");
    }

    @Test
    void undeclaredTermCheckFindsATypoInTheData() throws IOException {
        DatasetGraph dataset = GraphLoader.prepare(TestStores.projectSources()).dataset();
        var source = NodeFactory.createURI(PCK.ID + "source/moscow-schools-visit-magnitogorsk-2019");
        dataset.add(new Quad(source, NodeFactory.createURI(PCK.ID + "school/moscow-1208"), RDF.type.asNode(),
                NodeFactory.createURI("https://schema.org/Shcool")));

        assertThat(run("undeclared-term-violation.rq", DatasetFactory.wrap(dataset)))
                .containsExactly(source.getURI() + " https://schema.org/Shcool class");
    }

    private static List<String> run(String check, Dataset dataset) throws IOException {
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(Files.readString(CHECKS.resolve(check))).build()) {
            ResultSet results = exec.execSelect();
            results.forEachRemaining((QuerySolution row) -> {
                List<String> values = new ArrayList<>();
                for (String v : results.getResultVars())
                    values.add(row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString());
                rows.add(String.join(" ", values));
            });
        }
        return rows;
    }
}
