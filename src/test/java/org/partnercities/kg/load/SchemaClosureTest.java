package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** The generic entailments, applied to a worklist until nothing new comes out. */
class SchemaClosureTest {

    private static final String PREFIXES = """
            @prefix : <http://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            """;

    private static final SchemaClosure CLOSURE = SchemaClosure.of(turtle("""
            :Gymnasium rdfs:subClassOf :School .
            :School rdfs:subClassOf [ a owl:Restriction ] , :Organization .
            [ a owl:Restriction ] rdfs:subClassOf :Thing .
            :Organization rdfs:subClassOf :Agent .
            :speaker rdfs:subPropertyOf :participant .
            :participant rdfs:subPropertyOf :attendee ; owl:inverseOf :participatedIn .
            :hasMember owl:inverseOf :memberOf .
            :partnerOf a owl:SymmetricProperty ; rdfs:subPropertyOf :related .
            """));

    @Test
    void superclassTypesAreTransitiveButNeverAnonymous() {
        assertThat(closed(":g53 a :Gymnasium .")).isEqualTo(turtle("""
                :g53 a :Gymnasium , :School , :Organization , :Agent .
                """));
    }

    @Test
    void superPropertiesAndTheirInversesFollowEachOther() {
        assertThat(closed(":talk :speaker :sitnova .")).isEqualTo(turtle("""
                :talk :speaker :sitnova ; :participant :sitnova ; :attendee :sitnova .
                :sitnova :participatedIn :talk .
                """));
    }

    @Test
    void inversesWorkInBothDirectionsOfTheDeclaration() {
        assertThat(closed(":ivanova :memberOf :school56 .")).isEqualTo(turtle("""
                :ivanova :memberOf :school56 . :school56 :hasMember :ivanova .
                """));
    }

    @Test
    void symmetricStatementsAreReversedAndLiteralsNeverBecomeSubjects() {
        assertThat(closed("""
                :ivanovo :partnerOf :moscow .
                :x :hasMember "not a resource" .
                """)).isEqualTo(turtle("""
                :ivanovo :partnerOf :moscow ; :related :moscow .
                :moscow :partnerOf :ivanovo ; :related :ivanovo .
                :x :hasMember "not a resource" .
                """));
    }

    @Test
    void closingTwiceAddsNothing() {
        Graph graph = turtle(":g53 a :Gymnasium . :talk :speaker :sitnova .");
        List<Triple> first = CLOSURE.close(graph, graph.find().toList());
        assertThat(first).hasSize(6);
        assertThat(CLOSURE.close(graph, graph.find().toList())).isEmpty();
    }

    private static Graph closed(String data) {
        Graph graph = turtle(data);
        CLOSURE.close(graph, graph.find().toList());
        return graph;
    }

    private static Graph turtle(String body) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + body).lang(Lang.TURTLE).parse(graph);
        return new IsoGraph(graph);
    }

    /** A graph whose equality is isomorphism, so AssertJ can compare two graphs and print both. */
    private static final class IsoGraph extends org.apache.jena.sparql.graph.GraphWrapper {
        IsoGraph(Graph graph) {
            super(graph);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Graph graph && IsoMatcher.isomorphic(get(), graph);
        }

        @Override
        public int hashCode() {
            return get().size();
        }

        @Override
        public String toString() {
            return org.apache.jena.riot.RDFWriter.source(get()).lang(Lang.NTRIPLES).asString();
        }
    }
}
