package org.partnercities.kg.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.partnercities.kg.api.BadParameterException;

/**
 * Builds the Lucene query string for {@code text:query} from what a user typed: every word is
 * required and escaped, so Lucene syntax in the input ({@code *}, {@code :}, {@code "}, {@code OR})
 * is searched as text. In prefix mode the last word also matches as a prefix (autocomplete).
 * Search and the lists' {@code q=} filter both build their queries here.
 */
public final class LuceneQuery {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 12;

    private LuceneQuery() {}

    /** The query for {@code input}; 400 naming {@code q} if it is empty, too long, or holds no word. */
    public static String of(String input, boolean prefix) {
        if (input == null || input.isBlank())
            throw new BadParameterException("q", "must not be empty");
        return ofWords(input, prefix)
                .orElseThrow(() -> new BadParameterException("q", "must contain a word"));
    }

    /**
     * The query for {@code input}, or empty when it holds no word (only punctuation and Lucene
     * syntax, such as {@code "(*:~}): for a filter, which then matches nothing rather than failing.
     * 400 naming {@code q} if it is too long or has too many words.
     */
    public static Optional<String> ofWords(String input, boolean prefix) {
        if (input.length() > MAX_LENGTH)
            throw new BadParameterException("q", "must be at most " + MAX_LENGTH + " characters (was " + input.length() + ")");
        // \p{Z}: every Unicode space, as Lucene's parser also splits at U+3000 (a word after it was optional).
        List<String> words = Arrays.stream(input.strip().split("[\\s\\p{Z}\\p{Punct}«»“”„—–]+"))
                .filter(w -> !w.isBlank())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .toList();
        if (words.isEmpty())
            return Optional.empty();
        if (words.size() > MAX_WORDS)
            throw new BadParameterException("q", "must have at most " + MAX_WORDS + " words");
        String last = words.get(words.size() - 1);
        String head = words.subList(0, words.size() - 1).stream()
                .map(w -> "+" + QueryParserBase.escape(w))
                .collect(Collectors.joining(" "));
        String tail = prefix
                ? "+(" + QueryParserBase.escape(last) + " " + QueryParserBase.escape(last) + "*)"
                : "+" + QueryParserBase.escape(last);
        return Optional.of(head.isEmpty() ? tail : head + " " + tail);
    }
}
