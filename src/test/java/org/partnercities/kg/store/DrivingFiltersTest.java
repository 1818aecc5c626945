package org.partnercities.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** A filter on a bound optional parameter becomes a join that starts from the value, with the same answers. */
class DrivingFiltersTest {

    private static final String QUERY = """
            PREFIX ex: <http://example.org/>
            SELECT ?item WHERE {
              ?item a ex:Org .
              FILTER(!BOUND(?kind) || EXISTS { ?item a ?kind })
              FILTER(!BOUND(?city) || EXISTS { { ?item ex:in ?city } UNION { ?item ex:near ?city } })
            } ORDER BY ?item
            """;

    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            ex:a a ex:Org, ex:School ; ex:in ex:c1 ; ex:near ex:c1 .
            ex:b a ex:Org ; ex:near ex:c1 .
            ex:c a ex:Org, ex:School ; ex:in ex:c2 .
            ex:d a ex:Org .
            """;

    @Test
    void aBoundCityBecomesADistinctSubSelectFirstAndAnswersTheSame() {
        Node c1 = NodeFactory.createURI("http://example.org/c1");
        Query bound = Sparql.bind(QueryFactory.create(QUERY), Map.of("city", c1));
        String text = bound.serialize();
        assertThat(text).contains("SELECT DISTINCT  ?item").doesNotContain("bound(?city)").contains("bound(?kind)");
        assertThat(text.indexOf("SELECT DISTINCT")).isLessThan(text.indexOf("ex:Org"));
        assertThat(items(bound)).containsExactly("http://example.org/a", "http://example.org/b");
    }

    @Test
    void aBoundClassStaysAFilterAndUnboundParametersChangeNothing() {
        Node school = NodeFactory.createURI("http://example.org/School");
        Query kind = Sparql.bind(QueryFactory.create(QUERY), Map.of("kind", school));
        assertThat(kind.serialize()).doesNotContain("SELECT DISTINCT").contains("bound(?kind)");
        assertThat(items(kind)).containsExactly("http://example.org/a", "http://example.org/c");
        Query none = Sparql.bind(QueryFactory.create(QUERY), Map.of("lang", NodeFactory.createLiteralString("ru")));
        assertThat(none.serialize()).doesNotContain("SELECT DISTINCT").contains("bound(?city)");
        assertThat(items(none)).hasSize(4);
    }

    @Test
    void aBoundTextQueryBecomesTheFirstSubSelectWithTheQueryAsATerm() {
        Query query = QueryFactory.create("""
                PREFIX ex: <http://example.org/>
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?item WHERE {
                  ?item a ex:Org .
                  FILTER(!BOUND(?text) || EXISTS { ?item text:query (rdfs:label ?text 1000) FILTER(isIRI(?item)) })
                }""");
        Query bound = Sparql.bind(query, Map.of("text", NodeFactory.createLiteralString("+(\\\"школа\\\" школа*)")));
        String text = bound.serialize();
        assertThat(text).contains("SELECT DISTINCT  ?item").doesNotContain("bound(?text)");
        assertThat(text.indexOf("text:query")).isLessThan(text.indexOf("ex:Org"));
        // The Lucene query is a literal in the syntax tree: it serialises escaped and parses back the same.
        assertThat(QueryFactory.create(text).serialize()).isEqualTo(text);
        assertThat(text).contains("( rdfs:label \"+(\\\\\\\"школа\\\\\\\" школа*)\" 1000 )");
        // Without a text index text:query passes ?item through unbound: nothing matches, not everything.
        assertThat(items(bound)).isEmpty();
        Query none = Sparql.bind(query, Map.of("lang", NodeFactory.createLiteralString("ru")));
        assertThat(none.serialize()).doesNotContain("SELECT DISTINCT").contains("bound(?text)");
        assertThat(items(none)).hasSize(4);
    }

    private static List<String> items(Query query) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(model);
        Dataset dataset = DatasetFactory.wrap(model);
        List<String> items = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> items.add(row.getResource("item").getURI()));
        }
        return items;
    }
}
