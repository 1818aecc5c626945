package org.partnercities.kg.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.partnercities.kg.api.BadParameterException;

/**
 * Builds the Lucene query string for {@code text:query} from what a user typed: every word is
 * required and escaped, so Lucene syntax in the input ({@code *}, {@code :}, {@code "}, {@code OR})
 * is searched as text. In prefix mode the last word also matches as a prefix (autocomplete).
 */
final class LuceneQuery {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 12;

    private LuceneQuery() {}

    static String of(String input, boolean prefix) {
        if (input == null || input.isBlank())
            throw new BadParameterException("q", "must not be empty");
        if (input.length() > MAX_LENGTH)
            throw new BadParameterException("q", "must be at most " + MAX_LENGTH + " characters (was " + input.length() + ")");
        // \p{Z}: every Unicode space, as Lucene's parser also splits at U+3000 (a word after it was optional).
        List<String> words = Arrays.stream(input.strip().split("[\\s\\p{Z}\\p{Punct}«»“”„—–]+"))
                .filter(w -> !w.isBlank())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .toList();
        if (words.isEmpty())
            throw new BadParameterException("q", "must contain a word");
        if (words.size() > MAX_WORDS)
            throw new BadParameterException("q", "must have at most " + MAX_WORDS + " words");
        String last = words.get(words.size() - 1);
        String head = words.subList(0, words.size() - 1).stream()
                .map(w -> "+" + QueryParserBase.escape(w))
                .collect(Collectors.joining(" "));
        String tail = prefix
                ? "+(" + QueryParserBase.escape(last) + " " + QueryParserBase.escape(last) + "*)"
                : "+" + QueryParserBase.escape(last);
        return head.isEmpty() ? tail : head + " " + tail;
    }
}
