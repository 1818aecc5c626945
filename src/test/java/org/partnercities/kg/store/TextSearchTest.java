package org.partnercities.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.vocab.PCK;

/** The Lucene text index with the Russian analyser finds names and titles in any word form. */
class TextSearchTest {

    /** text:query on a property searches the index field that property is mapped to. */
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String DESCRIPTION = "https://schema.org/description";

    private static RDFConnection connection;

    @BeforeAll
    static void connect() {
        connection = TestStores.sharedConnection();
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @ParameterizedTest(name = "«{0}» finds {1}")
    @CsvFileSource(resources = "/text-search/label-word-forms.csv")
    void labelInAnotherWordFormFindsTheEntity(String word, String entity) {
        assertThat(search(LABEL, word)).contains(PCK.ID + entity);
    }

    @ParameterizedTest(name = "«{0}» finds {1}")
    @CsvFileSource(resources = "/text-search/title-word-forms.csv")
    void titleInAnotherWordFormFindsTheEntity(String word, String entity) {
        assertThat(search(DESCRIPTION, word)).contains(PCK.ID + entity);
    }

    @ParameterizedTest(name = "«{0}» finds nothing")
    @CsvSource({"Воронеж", "Калининград"})
    void wordNotInTheGraphFindsNothing(String word) {
        assertThat(search(LABEL, word)).isEmpty();
    }

    /**
     * Memberships and sources have names too («Ситнова Е. В. — директор школы № 56 (Иваново)»), but
     * search and lists never show them; left out of the index, they cost no common-word query anything.
     */
    @ParameterizedTest(name = "«{0}» finds no membership or source")
    @CsvSource({"Ситнова", "директор", "Иваново", "школы"})
    void namesOfMembershipsAndSourcesAreNotIndexed(String word) {
        List<String> found = new ArrayList<>(search(LABEL, word));
        found.addAll(search(DESCRIPTION, word));
        assertThat(found).isNotEmpty().noneMatch(iri -> iri.startsWith(PCK.ID + "membership/") || iri.startsWith(PCK.ID + "source/"));
    }

    private static List<String> search(String property, String word) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { (?s ?score) text:query (?field ?q) }""");
        query.setIri("field", property);
        query.setLiteral("q", word);
        List<String> found = new ArrayList<>();
        connection.querySelect(query.asQuery(), row -> found.add(row.getResource("s").getURI()));
        return found;
    }
}
