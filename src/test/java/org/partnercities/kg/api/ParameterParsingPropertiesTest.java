package org.partnercities.kg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HostileStrings;
import org.partnercities.kg.Outcome;
import org.partnercities.kg.vocab.PCK;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The API's parameter parsing (Paging, DateBound, Language, EntityIds) over arbitrary input: each
 * value parses into something that keeps the documented invariants, or is refused with
 * {@link BadParameterException} naming the parameter — never another exception. Each property runs
 * over {@value #SAMPLES} generated values in every build, and under Jazzer (its committed inputs in
 * every build; coverage-guided with {@code JAZZER_FUZZ=1}).
 */
class ParameterParsingPropertiesTest {

    static final int SAMPLES = 5_000;
    private static final List<String> VALID_DATES = List.of("2019", "2019-12", "2019-12-20", "2020-02-29", "0000", "9999-12-31");
    private static final List<String> VALID_IDS = List.of("school/ivanovo-56", "city/ivanovo", "ivanovo",
            PCK.ID + "person/sitnova-elena-vladimirovna", "  role/director ");

    // ---- the properties

    /** A page within the limits is kept as given; otherwise the first bad one of limit and offset is named. */
    static void paging(int limit, int offset) {
        Outcome<Paging> paging = Outcome.of(() -> Paging.of(limit, offset));
        boolean limitOk = limit >= 1 && limit <= Paging.MAX_LIMIT;
        boolean offsetOk = offset >= 0 && offset <= Paging.MAX_OFFSET;
        if (limitOk && offsetOk) {
            assertThat(paging.value()).isEqualTo(new Paging(limit, offset));
        } else {
            assertThat(paging.refused()).as("limit %d offset %d", limit, offset).isTrue();
            assertThat(paging.refusal().parameter()).isEqualTo(limitOk ? "offset" : "limit");
            assertThat(paging.refusal().reason()).contains(Integer.toString(limitOk ? offset : limit));
        }
    }

    /**
     * A date bound is a plain ISO day (four-digit year) that starts with what was given, the lower not
     * after the upper; it is accepted exactly when the value is a real year, month or day; blank is none.
     */
    static void dateBound(String value) {
        Outcome<String> lower = Outcome.of(() -> DateBound.lower("from", value));
        Outcome<String> upper = Outcome.of(() -> DateBound.upper("from", value));
        if (value == null || value.isBlank()) {
            assertThat(lower.refused() || upper.refused() || lower.value() != null || upper.value() != null).isFalse();
            return;
        }
        String given = value.strip();
        assertThat(lower.refused()).as("refused %s", HostileStrings.show(value)).isEqualTo(!isRealDate(given));
        assertThat(upper.refused()).isEqualTo(lower.refused());
        if (lower.refused()) {
            assertThat(lower.refusal().parameter()).isEqualTo("from");
            assertThat(lower.refusal().reason()).contains("YYYY-MM-DD").contains(EntityIds.shorten(given));
            return;
        }
        for (String bound : List.of(lower.value(), upper.value())) {
            assertThat(bound).matches("\\d{4}-\\d{2}-\\d{2}").startsWith(given);
            LocalDate.parse(bound);
        }
        assertThat(lower.value()).isLessThanOrEqualTo(upper.value());
    }

    /** A range is refused (naming 'to') exactly when its first day comes after its last. */
    static void dateRange(String from, String to) {
        Outcome<String> first = Outcome.of(() -> DateBound.lower("from", from));
        Outcome<String> last = Outcome.of(() -> DateBound.upper("to", to));
        if (first.refused() || last.refused() || first.value() == null || last.value() == null)
            return;
        Outcome<Void> order = Outcome.ofCheck(() -> DateBound.checkOrder(first.value(), last.value()));
        assertThat(order.refused()).as("%s..%s", first.value(), last.value())
                .isEqualTo(LocalDate.parse(first.value()).isAfter(LocalDate.parse(last.value())));
        if (order.refused())
            assertThat(order.refusal().parameter()).isEqualTo("to");
    }

    /** {@code lang} is ru or en in any case or refused; without it, Accept-Language never fails the request. */
    static void language(String lang, String acceptLanguage) {
        Outcome<String> language = Outcome.of(() -> Language.resolve(lang, acceptLanguage));
        if (lang != null && !lang.isBlank()) {
            String wanted = lang.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals("ru") || wanted.equals("en")) {
                assertThat(language.value()).isEqualTo(wanted);
            } else {
                assertThat(language.refused()).as("lang %s", HostileStrings.show(lang)).isTrue();
                assertThat(language.refusal().parameter()).isEqualTo("lang");
            }
        } else {
            assertThat(language.refused()).as("Accept-Language %s", HostileStrings.show(acceptLanguage)).isFalse();
            assertThat(language.value()).isIn("ru", "en");
            if (acceptLanguage != null && acceptLanguage.length() <= 200 && !wildcardWithSubtags(acceptLanguage))
                assertThat(language.value()).as("as the JDK's lookup: %s", HostileStrings.show(acceptLanguage))
                        .isEqualTo(jdkLookup(acceptLanguage));
        }
    }

    /**
     * Whether a range is "*-…". The JDK's lookup truncates it to "*" and answers its first tag; RFC 4647
     * lookup ignores a wildcard, and so do we ("*-GB, en" is English): found by Jazzer.
     */
    private static boolean wildcardWithSubtags(String acceptLanguage) {
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().anyMatch(r -> r.getRange().startsWith("*-"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** RFC 4647 lookup as the JDK does it (slowly), Russian when it finds nothing or cannot read the header. */
    private static String jdkLookup(String acceptLanguage) {
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("ru", "en"));
            return best == null ? "ru" : best;
        } catch (RuntimeException e) {
            return "ru";
        }
    }

    /**
     * An accepted id is our namespace plus exactly what was given (stripped, without our base), one kind
     * and one slug of lower-case letters, digits and hyphens, and a valid IRI; a bare slug takes the
     * default kind. Refusals name the parameter and quote at most 80 characters of the value.
     */
    static void entityId(String id) {
        Outcome<String> iri = Outcome.of(() -> EntityIds.iri("participant", id).getURI());
        Outcome<String> withKind = Outcome.of(() -> EntityIds.iri("city", id, "city").getURI());
        String given = id.strip();
        String local = given.startsWith(PCK.ID) ? given.substring(PCK.ID.length()) : given;
        if (iri.refused()) {
            assertThat(iri.refusal().parameter()).isEqualTo("participant");
            assertThat(iri.refusal().reason()).contains("kind/slug").contains(EntityIds.shorten(id));
        } else {
            assertThat(iri.value()).isEqualTo(PCK.ID + local);
            assertThat(local).matches("[a-z0-9-]+/[a-z0-9-]+");
            assertThat(IRIx.create(iri.value()).hasViolations()).as(iri.value()).isFalse();
            assertThat(withKind.value()).isEqualTo(iri.value());
        }
        if (withKind.refused()) {
            assertThat(withKind.refusal().parameter()).isEqualTo("city");
            assertThat(iri.refused()).isTrue();
        } else if (iri.refused()) {
            assertThat(withKind.value()).isEqualTo(PCK.ID + "city/" + given);
            assertThat(given).matches("[a-z0-9-]+");
        }
        String quoted = EntityIds.shorten(id);
        assertThat(quoted.length()).isLessThanOrEqualTo(81);
        if (!quoted.equals(id)) {
            String kept = quoted.substring(0, quoted.length() - 1);
            assertThat(id).startsWith(kept);
            assertThat(Character.isHighSurrogate(id.charAt(kept.length() - 1)) && Character.isLowSurrogate(id.charAt(kept.length())))
                    .as("cut between the halves of a surrogate pair").isFalse();
        }
    }

    // ---- generated values, every build

    @Test
    void pagingKeepsTheLimitsOrNamesTheParameter() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++)
            HostileStrings.check(seed, () -> paging(HostileStrings.nextInt(random), HostileStrings.nextInt(random)));
    }

    @Test
    void datesAreRealDaysOrRefused() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String from = HostileStrings.next(random, HostileStrings.LONG, VALID_DATES);
            String to = HostileStrings.next(random, 200, VALID_DATES);
            HostileStrings.check(seed, () -> {
                dateBound(from);
                dateRange(from, to);
            });
        }
    }

    @Test
    void languageIsRussianOrEnglishOrRefused() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String lang = random.nextInt(4) == 0 ? null : HostileStrings.next(random, HostileStrings.LONG, List.of("ru", "en", " EN "));
            String accept = HostileStrings.next(random, 2_000, List.of("en", "en-GB,en;q=0.9", "ru;q=0.1, en;q=0.2", "*"));
            HostileStrings.check(seed, () -> language(lang, accept));
        }
    }

    @Test
    void entityIdsAreOursOrRefused() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String id = HostileStrings.next(random, HostileStrings.LONG, VALID_IDS);
            HostileStrings.check(seed, () -> entityId(id));
        }
    }

    @Test
    void theDocumentedExamplesPass() {
        paging(50, 0);
        dateBound("2019-12");
        assertThat(DateBound.upper("to", "2019-12")).isEqualTo("2019-12-31");
        dateRange("2020", "2019");
        assertThat(Outcome.ofCheck(() -> DateBound.checkOrder("2020-01-01", "2019-12-31")).refused()).isTrue();
        language(null, "en-GB,en;q=0.9");
        assertThat(Language.resolve(null, "en-GB,en;q=0.9")).isEqualTo("en");
        entityId("school/ivanovo-56");
        assertThat(EntityIds.iri("city", "ivanovo", "city").getURI()).isEqualTo(PCK.ID + "city/ivanovo");
    }

    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        // The JDK's Locale.LanguageRange.parse throws ArrayIndexOutOfBoundsException for "-": found by the generated values.
        assertThat(Language.resolve(null, "-")).isEqualTo("ru");
        assertThat(Language.resolve(null, ";q=0.5")).isEqualTo("ru");
        assertThat(Language.resolve(null, "*-GB, en")).isEqualTo("en");
        assertThat(Language.resolve(null, "en-GB, en;q=0")).isEqualTo("ru");
    }

    @Test
    void aLongAcceptLanguageTakesNoTime() {
        // Locale.lookupTag took 25 s of CPU for this (8 KB): found by the generated values.
        String header = "a-".repeat(4_000) + "a, en;q=0.1";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(Language.resolve(null, header)).isEqualTo("en"));
    }

    @Test
    void yearsBeyondFourDigitsAreRefused() {
        // ISO reads these, but as text they do not sort as dates: found by the generated values.
        assertThat(Outcome.of(() -> DateBound.lower("from", "+10000-01-01")).refused()).isTrue();
        assertThat(Outcome.of(() -> DateBound.lower("from", "-2020-01-01")).refused()).isTrue();
    }

    // ---- Jazzer: committed inputs in every build, fuzzing with JAZZER_FUZZ=1

    @FuzzTest(maxDuration = "2m")
    void fuzzPaging(FuzzedDataProvider data) {
        paging(data.consumeInt(), data.consumeInt());
    }

    /** Input: the from value, a line break, the to value (no line break in a dictionary entry: libFuzzer refuses the file). */
    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"-", "\\uD800", "\\uDC00", "+", "9999", "0000"})
    void fuzzDates(FuzzedDataProvider data) {
        String[] values = lines(data, 2);
        dateBound(values[0]);
        dateBound(values[1]);
        dateRange(values[0], values[1]);
    }

    /** Input: the lang value, a line break, the Accept-Language header. */
    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"ru", "en", ";q=", ",", "*", "-", "\\uD800"})
    void fuzzLanguage(FuzzedDataProvider data) {
        String[] values = lines(data, 2);
        language(values[0], values[1]);
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"/", "-", "https://w3id.org/partner-cities-kg/id/", "\\uD800", "\\uDBFF\\uDFFF"})
    void fuzzEntityIds(FuzzedDataProvider data) {
        entityId(HostileStrings.unescape(data.consumeRemainingAsString()));
    }

    /** The fuzzer's input as {@code count} values, one per line (the last takes the rest; missing ones are null). */
    static String[] lines(FuzzedDataProvider data, int count) {
        String[] parts = HostileStrings.unescape(data.consumeRemainingAsString()).split("\n", count);
        String[] values = new String[count];
        System.arraycopy(parts, 0, values, 0, parts.length);
        return values;
    }

    private static boolean isRealDate(String value) {
        try {
            if (value.matches("\\d{4}"))
                return true;
            if (value.matches("\\d{4}-\\d{2}"))
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5)), 1) != null;
            if (value.matches("\\d{4}-\\d{2}-\\d{2}"))
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)),
                        Integer.parseInt(value.substring(8))) != null;
            return false;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
