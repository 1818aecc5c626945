package org.partnercities.kg.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HostileStrings;
import org.partnercities.kg.Outcome;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.api.DateBound;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.search.LuceneQuery;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The list filters over arbitrary values, against the real ontology (a loaded store): each filter
 * binds an RDF term of the documented form — an entity IRI of ours, a class under the list's roots
 * whose kind slug was given, the text as a query for the text index, the first and last day of the dates — or
 * the value is refused naming its parameter; nothing else. Generated values in every build, and
 * Jazzer (committed inputs in every build, fuzzing with {@code JAZZER_FUZZ=1}).
 */
class ListParametersPropertiesTest {

    static final int SAMPLES = 3_000;
    private static final List<String> EVENT_ROOTS = List.of(PCK.NS + "Event");
    private static final List<String> VALID = List.of("ivanovo", "city/ivanovo", "seminar", "round-table", "RoundTable",
            "visit", "2019", "2019-12-20", "Иваново", "school/ivanovo-56");

    private static OntologyIndex ontology;

    @BeforeAll
    static void readTheOntology() {
        ontology = new OntologyIndex(new Sparql(TestStores.sharedConnection(), new QueryLibrary()));
    }

    /** One value given to every filter of the events list. */
    static void filters(String value, String other) {
        check("city", () -> new ListParameters(ontology, "ru").entity("city", "city", value, "city"), value, bound -> {
            assertThat(bound.get("city").getURI()).startsWith(PCK.ID)
                    .isEqualTo(EntityIds.iri("city", value, "city").getURI());
        });
        check("participant", () -> new ListParameters(ontology, "ru").entity("participant", "participant", value, null),
                value, bound -> assertThat(bound.get("participant").getURI()).startsWith(PCK.ID));
        check("kind", () -> new ListParameters(ontology, "ru").kind(value, EVENT_ROOTS), value, bound -> {
            String kind = bound.get("kind").getURI();
            assertThat(ontology.isSubclassOf(kind, PCK.NS + "Event")).as(kind).isTrue();
            String wanted = value.strip().toLowerCase(Locale.ROOT);
            assertThat(OntologyIndex.kindSlug(kind).equals(wanted)
                    || OntologyIndex.localName(kind).toLowerCase(Locale.ROOT).equals(wanted)).as(kind).isTrue();
        });
        text(value);
        Outcome<Map<String, Node>> dates = Outcome.of(() -> new ListParameters(ontology, "ru").dates(value, other).bindings());
        if (dates.refused()) {
            assertThat(dates.refusal().parameter()).isIn("from", "to");
        } else {
            assertThat(dates.value().get("from") == null ? null : dates.value().get("from").getLiteralLexicalForm())
                    .isEqualTo(DateBound.lower("from", value));
            assertThat(dates.value().get("to") == null ? null : dates.value().get("to").getLiteralLexicalForm())
                    .isEqualTo(DateBound.upper("to", other));
        }
    }

    /**
     * {@code q} binds the text index query that search's {@link LuceneQuery} makes of it (last word
     * as a prefix) as a plain literal; a value without a word binds nothing and matches nothing;
     * else it is refused naming {@code q}.
     */
    private static void text(String value) {
        Outcome<ListParameters> outcome = Outcome.of(() -> new ListParameters(ontology, "ru").text(value));
        if (value == null || value.isBlank()) {
            assertThat(outcome.value().bindings()).containsOnlyKeys("lang");
            assertThat(outcome.value().matchesNothing()).isFalse();
        } else if (outcome.refused()) {
            assertThat(outcome.refusal().parameter()).as(HostileStrings.show(value)).isEqualTo("q");
            assertThat(value.length() > LuceneQuery.MAX_LENGTH || outcome.refusal().reason().contains("words"))
                    .as(HostileStrings.show(value)).isTrue();
        } else {
            Optional<String> query = LuceneQuery.ofWords(value, true);
            if (query.isEmpty()) {
                assertThat(outcome.value().bindings()).as(HostileStrings.show(value)).containsOnlyKeys("lang");
                assertThat(outcome.value().matchesNothing()).isTrue();
            } else {
                Node text = outcome.value().bindings().get("text");
                assertThat(text.isLiteral()).isTrue();
                assertThat(text.getLiteralLexicalForm()).isEqualTo(query.get());
                assertThat(text.getLiteralDatatypeURI()).endsWith("#string");
                assertThat(outcome.value().matchesNothing()).isFalse();
            }
        }
    }

    /** Blank binds nothing; otherwise the filter binds what {@code bound} accepts, or is refused naming the parameter. */
    private static void check(String parameter, Supplier<ListParameters> filter, String value,
                              Consumer<Map<String, Node>> bound) {
        Outcome<Map<String, Node>> outcome = Outcome.of(() -> filter.get().bindings());
        if (value == null || value.isBlank()) {
            assertThat(outcome.value()).as(parameter).containsOnlyKeys("lang");
        } else if (outcome.refused()) {
            assertThat(outcome.refusal().parameter()).as(HostileStrings.show(value)).isEqualTo(parameter);
            assertThat(outcome.refusal().reason().length()).isLessThan(600);
        } else {
            assertThat(outcome.value()).hasSize(2);
            bound.accept(outcome.value());
        }
    }

    @Test
    void everyFilterBindsATermOfItsFormOrNamesItsParameter() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String value = HostileStrings.next(random, HostileStrings.LONG, VALID);
            String other = HostileStrings.next(random, 100, VALID);
            HostileStrings.check(seed, () -> filters(value, other));
        }
    }

    @Test
    void kindsAreFoundBySlugOrLocalName() {
        filters("round-table", null);
        assertThat(new ListParameters(ontology, "ru").kind(" RoundTable ", EVENT_ROOTS).bindings().get("kind").getURI())
                .isEqualTo(PCK.NS + "RoundTable");
    }

    /** Input: a value for every filter, a line break, a value for 'to'. */
    @FuzzTest(maxDuration = "2m")
    void fuzzListFilters(FuzzedDataProvider data) {
        String[] values = HostileStrings.unescape(data.consumeRemainingAsString()).split("\n", 2);
        filters(values[0], values.length > 1 ? values[1] : null);
    }
}
