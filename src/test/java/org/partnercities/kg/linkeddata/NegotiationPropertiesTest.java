package org.partnercities.kg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HostileStrings;
import org.partnercities.kg.Outcome;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Content negotiation over arbitrary {@code Accept} headers, q-values and {@code format=} values:
 * {@code format} picks the representation with that extension or is refused naming {@code format};
 * any Accept header picks one of the offered representations or none (406), never fails; garbage
 * beside a good media range changes nothing; the higher q wins. Generated values in every build,
 * and Jazzer (committed inputs in every build, fuzzing with {@code JAZZER_FUZZ=1}).
 */
class NegotiationPropertiesTest {

    static final int SAMPLES = 5_000;
    private static final List<Representation> ALL = List.of(Representation.values());
    private static final List<Representation> RDF_ONLY = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.RDFXML, Representation.NTRIPLES);
    private static final List<String> ACCEPTS = List.of("text/html", "text/turtle;q=0.9, */*;q=0.1",
            "application/ld+json, application/json;q=0.5", "*/*", "text/*;q=0.3", "application/rdf+xml;q=0",
            "text/html;level=1;q=0.7, application/n-triples");

    // ---- the properties

    /** {@code format} decides when given; otherwise the Accept header picks an offered representation or none. */
    static void choice(String format, String accept, List<Representation> offered) {
        Outcome<Optional<Representation>> chosen = Outcome.of(() -> Negotiation.choose(format, accept, offered));
        if (format != null && !format.isBlank()) {
            Optional<Representation> wanted = Representation.byExtension(format.strip()).filter(offered::contains);
            if (wanted.isPresent()) {
                assertThat(chosen.value()).isEqualTo(wanted);
            } else {
                assertThat(chosen.refused()).as("format %s", HostileStrings.show(format)).isTrue();
                assertThat(chosen.refusal().parameter()).isEqualTo("format");
                assertThat(chosen.refusal().reason().length()).isLessThan(200);
            }
            return;
        }
        assertThat(chosen.refused()).as("Accept %s", HostileStrings.show(accept)).isFalse();
        if (accept == null || accept.isBlank())
            assertThat(chosen.value()).contains(offered.get(0));
        else
            chosen.value().ifPresent(r -> assertThat(offered).contains(r));
    }

    /** A well-formed range keeps its meaning whatever junk (with no '/') stands beside it. */
    static void junkIsIgnored(String junk, Representation wanted) {
        String part = junk.replace(",", " ");
        if (part.contains("/"))
            return;
        String header = wanted.mediaType() + ", " + part;
        assertThat(Negotiation.choose(null, header, ALL)).as("Accept %s", HostileStrings.show(header)).contains(wanted);
        String reversed = part + " , " + wanted.mediaType();
        assertThat(Negotiation.choose(null, reversed, ALL)).as("Accept %s", HostileStrings.show(reversed)).contains(wanted);
    }

    /** Of two offered types the one with the higher q wins; equal q goes to the server's order; q=0 refuses. */
    static void higherQualityWins(Representation a, double qa, Representation b, double qb) {
        String header = a.mediaType() + ";q=" + qa + ", " + b.mediaType() + " ; q=" + qb;
        Optional<Representation> chosen = Negotiation.choose(null, header, ALL);
        if (qa == 0 && qb == 0)
            assertThat(chosen).as(header).isEmpty();
        else if (qa != qb)
            assertThat(chosen).as(header).contains(qa > qb ? a : b);
        else
            assertThat(chosen).as(header).contains(a.ordinal() < b.ordinal() ? a : b);
    }

    // ---- generated values, every build

    @Test
    void formatAndAcceptChooseOrRefuseCleanly() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String format = random.nextInt(3) == 0 ? null : HostileStrings.next(random, HostileStrings.LONG, Representation.extensions());
            String accept = HostileStrings.next(random, HostileStrings.LONG, ACCEPTS);
            List<Representation> offered = random.nextBoolean() ? ALL : RDF_ONLY;
            HostileStrings.check(seed, () -> {
                choice(format, accept, offered);
                choice(null, accept, offered);
            });
        }
    }

    @Test
    void junkBesideAGoodRangeChangesNothing() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String junk = HostileStrings.next(random, 1_000);
            Representation wanted = ALL.get(random.nextInt(ALL.size()));
            HostileStrings.check(seed, () -> junkIsIgnored(junk, wanted));
        }
    }

    @Test
    void theHigherQualityWins() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            Representation a = ALL.get(random.nextInt(ALL.size()));
            Representation b = ALL.get(random.nextInt(ALL.size()));
            if (a == b)
                continue;
            double qa = random.nextInt(5) == 0 ? 0 : random.nextInt(1001) / 1000.0;
            double qb = random.nextInt(5) == 0 ? qa : random.nextInt(1001) / 1000.0;
            HostileStrings.check(seed, () -> higherQualityWins(a, qa, b, qb));
        }
    }

    @Test
    void anEmptyMediaRangeIsIgnored() {
        // ";" alone split into no pieces at all and failed with ArrayIndexOutOfBoundsException (500): found by the generated values.
        assertThat(Negotiation.choose(null, ";", ALL)).isEmpty();
        assertThat(Negotiation.choose(null, "text/turtle, ;", ALL)).contains(Representation.TURTLE);
    }

    // ---- Jazzer: committed inputs in every build, fuzzing with JAZZER_FUZZ=1

    /** Input: the format value, a line break, the Accept header. */
    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({",", ";", "q=", "q=0", "/", "*", "*/*", "text/html", "text/turtle", "application/ld+json",
            "ttl", "jsonld", "rdf", "nt", "html", "\\uD800"})
    void fuzzNegotiation(FuzzedDataProvider data) {
        String[] values = HostileStrings.unescape(data.consumeRemainingAsString()).split("\n", 2);
        String format = values[0];
        String accept = values.length > 1 ? values[1] : null;
        choice(format, accept, ALL);
        choice(null, accept, RDF_ONLY);
        choice(null, format, ALL);
        for (Representation wanted : ALL)
            junkIsIgnored(format, wanted);
    }
}
