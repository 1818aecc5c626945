package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.TestStores;

/**
 * Every passage quotes its article exactly, at the offsets it gives, and every entity of an
 * article has a passage in it. The articles are the seeds in ../shared/seeds/.
 */
class PassagesTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private static RDFConnection connection;

    @BeforeAll
    static void connect() {
        connection = TestStores.sharedConnection();
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void everyPassageQuotesItsArticleAtItsOffsets() throws IOException {
        assertThat(SEEDS).as("the seed articles beside the project").isDirectory();
        record Quote(String passage, String seed, String exact, String prefix, String suffix, int start, int end) {}
        List<Quote> quotes = new ArrayList<>();
        connection.querySelect("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?passage ?seed ?exact ?prefix ?suffix ?start ?end {
                  ?passage a oa:Annotation ; oa:hasTarget ?t .
                  ?t oa:hasSource ?source ; oa:hasSelector ?q , ?p .
                  ?source dcterms:identifier ?seed .
                  ?q oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
                  ?p oa:start ?start ; oa:end ?end .
                }""", row -> quotes.add(new Quote(row.getResource("passage").getURI(),
                row.getLiteral("seed").getLexicalForm(), row.getLiteral("exact").getLexicalForm(),
                row.getLiteral("prefix").getLexicalForm(), row.getLiteral("suffix").getLexicalForm(),
                row.getLiteral("start").getInt(), row.getLiteral("end").getInt())));

        assertThat(quotes).hasSizeGreaterThan(100);
        for (Quote quote : quotes) {
            String text = Files.readString(SEEDS.resolve(quote.seed() + ".txt"));
            assertThat(text.substring(quote.start(), quote.end())).as(quote.passage()).isEqualTo(quote.exact());
            assertThat(text.substring(0, quote.start())).as(quote.passage()).endsWith(quote.prefix());
            assertThat(text.substring(quote.end())).as(quote.passage()).startsWith(quote.suffix());
        }
    }

    @Test
    void everyEntityOfAnArticleHasAPassageInIt() {
        List<String> without = new ArrayList<>();
        connection.querySelect("""
                PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?entity ?source {
                  ?entity pck:mentionedIn ?source .
                  FILTER NOT EXISTS { ?passage oa:hasBody ?entity ; oa:hasTarget/oa:hasSource ?source }
                }""", row -> without.add(row.getResource("entity").getURI() + " in " + row.getResource("source").getURI()));
        assertThat(without).isEmpty();
    }
}
