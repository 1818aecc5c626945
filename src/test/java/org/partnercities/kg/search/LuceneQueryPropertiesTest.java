package org.partnercities.kg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HostileStrings;
import org.partnercities.kg.Outcome;
import org.partnercities.kg.store.RussianTextAnalyzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * What a user types into search becomes a Lucene query that parses, whatever Lucene syntax it holds,
 * and in which every word is required ("every word must match"); or it is refused naming {@code q}.
 * Generated values in every build, and Jazzer (committed inputs in every build, fuzzing with
 * {@code JAZZER_FUZZ=1}).
 */
class LuceneQueryPropertiesTest {

    static final int SAMPLES = 5_000;
    private static final List<String> TYPED = List.of("Иваново", "школа 56", "Ситнова Е", "вперёд", "round table",
            "school AND city", "\"Гимназия № 53\"", "a*", "title:x OR y");

    static void luceneQuery(String input, boolean prefix) {
        Outcome<String> query = Outcome.of(() -> LuceneQuery.of(input, prefix));
        if (query.refused()) {
            assertThat(query.refusal().parameter()).isEqualTo("q");
            assertThat(input == null || input.isBlank() || input.length() > LuceneQuery.MAX_LENGTH
                    || query.refusal().reason().contains("word")).as(HostileStrings.show(input)).isTrue();
            return;
        }
        assertThat(input.length()).isLessThanOrEqualTo(LuceneQuery.MAX_LENGTH);
        Query parsed = parse(query.value(), new WhitespaceAnalyzer());
        assertThat(parsed).as("%s → %s", HostileStrings.show(input), query.value()).isInstanceOf(BooleanQuery.class);
        List<BooleanClause> clauses = ((BooleanQuery) parsed).clauses();
        assertThat(clauses).as("%s → %s", HostileStrings.show(input), query.value())
                .isNotEmpty().hasSizeLessThanOrEqualTo(LuceneQuery.MAX_WORDS)
                .allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST);
        parse(query.value(), new RussianTextAnalyzer());
    }

    private static Query parse(String query, Analyzer analyzer) {
        try {
            return new QueryParser("label", analyzer).parse(query);
        } catch (ParseException e) {
            throw new AssertionError("Lucene cannot parse " + HostileStrings.show(query) + ": " + e.getMessage(), e);
        }
    }

    @Test
    void typedTextBecomesAQueryOfRequiredWordsOrIsRefused() {
        long seed = HostileStrings.seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            String input = HostileStrings.next(random, 400, TYPED);
            boolean prefix = random.nextBoolean();
            HostileStrings.check(seed, () -> luceneQuery(input, prefix));
        }
    }

    @Test
    void wordsSeparatedByAnyKindOfSpaceAreAllRequired() {
        // Lucene's parser splits at U+3000, which the word splitting did not: the second word became optional.
        assertThat(LuceneQuery.of("школа\u3000Иваново", false)).isEqualTo("+школа +иваново");
        assertThat(LuceneQuery.of("школа\u00A0Иваново", false)).isEqualTo("+школа +иваново");
    }

    @Test
    void inputWithoutAWordIsRefusedForSearchAndMatchesNothingInAFilter() {
        assertThat(Outcome.of(() -> LuceneQuery.of("\"(*:~", true)).refusal().reason()).contains("must contain a word");
        assertThat(LuceneQuery.ofWords("\"(*:~", true)).isEmpty();
        assertThat(LuceneQuery.ofWords(" «школа* 12» ", true)).hasValue("+школа +(12 12*)");
        assertThat(Outcome.of(() -> LuceneQuery.ofWords("ш".repeat(LuceneQuery.MAX_LENGTH + 1), true)).refusal().parameter())
                .isEqualTo("q");
    }

    /** Input: the typed text; a first character 'p' asks for prefix (autocomplete) mode. */
    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"p", "*", "?", "\\", "\"", ":", "AND", "OR", "NOT", "+", "-", "~", "^", "(", ")", "[", "]", "{",
            "}", "&&", "||", "/", "\u3000", "\\uD800"})
    void fuzzLuceneQuery(FuzzedDataProvider data) {
        String input = HostileStrings.unescape(data.consumeRemainingAsString());
        boolean prefix = input.startsWith("p");
        luceneQuery(prefix ? input.substring(1) : input, prefix);
    }
}
