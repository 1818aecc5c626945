package org.partnercities.kg;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arbitrary strings as a careless or hostile client sends them, drawn from a seeded {@link Random}:
 * fragments of markup, SPARQL, Lucene and HTTP syntax, control characters, unpaired surrogates,
 * other scripts, near-valid values, random UTF-16 code units, and very long strings. The seed is
 * {@code -Dkg.fuzz.seed} if given, else new each run; tests name it when they fail, to replay.
 */
public final class HostileStrings {

    public static final List<String> FRAGMENTS = List.of(
            "\"> } ; DROP ALL ; #", "' } ; CLEAR DEFAULT #", "<script>alert(1)</script>", "<b>", "&lt;", "&#0;",
            "\\", "\\u0000", "'", "\"", "%", "%FF%FE", "%C0%AF", "+", "-", "*", "?", "~", ":", "^", "(", ")", "[", "]",
            "{", "}", "|", "&&", "||", "!", "/", "//", "../", "..", ".", ",", ";", "=", "#", "@", "$", "${jndi:x}",
            "\u0000", "\u0001", "\u001F", "\u007F", "\t", "\n", "\r\n", " ", "\u00A0", "\u2028", "\u3000", "\u200B",
            "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "😀",
            "Иваново", "Ситнова", "ё", "İ", "ß", "ǅ", "١٢٣", "２０２０", "AND", "OR", "NOT", "TO",
            "school/ivanovo-56", "city/ivanovo", "ivanovo", "city/", "/ivanovo", "school//x", "https://w3id.org/partner-cities-kg/id/",
            "2020", "2020-12", "2019-12-20", "2020-13", "2020-02-30", "0000", "9999-12-31", "+10000-01-01", "-2020-01-01",
            "2020-1-1", "20201", "0", "-1", "1", "500", "501", "2147483647", "2147483648", "-2147483648", "1e3", "0x10",
            "NaN", "Infinity", "ru", "en", "EN", "de", "*/*", "text/html", "text/turtle", "application/ld+json",
            "application/rdf+xml", "application/n-triples", "text/*", "q=0", "q=1", "q=0.5", "q=-1", "q=2", "q=NaN",
            "q=1e400", "q=", "ttl", "jsonld", "rdf", "nt", "html", "HTML", "label", "-label", "date", "-date",
            "search", "autocomplete");

    /** Longer than any value that fits in a request line (8 KB), for properties of the parsers themselves. */
    public static final int LONG = 20_000;

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private HostileStrings() {}

    /** The seed for this run: {@code -Dkg.fuzz.seed=…} to replay a failure. */
    public static long seed() {
        return Long.getLong("kg.fuzz.seed", System.nanoTime());
    }

    /** A string of at most {@code maxLength} UTF-16 code units (more only for the very long kind). */
    public static String next(Random random, int maxLength) {
        String value = switch (random.nextInt(8)) {
            case 0 -> pick(random);
            case 1, 2 -> {
                StringBuilder joined = new StringBuilder();
                for (int i = random.nextInt(6); i >= 0; i--)
                    joined.append(pick(random));
                yield joined.toString();
            }
            case 3 -> codeUnits(random, random.nextInt(40));
            case 4 -> mutate(random, pick(random));
            case 5 -> {
                String fragment = pick(random);
                yield fragment.repeat(1 + random.nextInt(Math.max(1, maxLength / fragment.length())));
            }
            case 6 -> random.nextBoolean() ? "" : " ".repeat(random.nextInt(4));
            default -> pick(random) + codeUnits(random, random.nextInt(8)) + pick(random);
        };
        return value.length() <= maxLength ? value : value.substring(0, maxLength);
    }

    /** As {@link #next(Random, int)}, or one of the {@code valid} values, or one of them mutated. */
    public static String next(Random random, int maxLength, List<String> valid) {
        if (valid.isEmpty() || random.nextInt(3) > 0)
            return next(random, maxLength);
        String value = valid.get(random.nextInt(valid.size()));
        return random.nextBoolean() ? value : mutate(random, value);
    }

    /** An int biased towards the edges of the ranges the API checks. */
    public static int nextInt(Random random) {
        int[] edges = {Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, 50, 99, 100, 101, 499, 500, 501, 1_000_000, 1_000_001,
                100_000, 100_001, Integer.MAX_VALUE};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt();
    }

    /**
     * Fuzzer input as text: {@code \}{@code uXXXX} stands for that code unit, so that inputs kept as UTF-8
     * files (and the fuzzer's mutations) can hold unpaired surrogates.
     */
    public static String unescape(String input) {
        Matcher matcher = ESCAPE.matcher(input);
        StringBuilder result = new StringBuilder();
        while (matcher.find())
            matcher.appendReplacement(result, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
        matcher.appendTail(result);
        return result.toString();
    }

    /** A string shown in an assertion message: escaped, shortened. */
    public static String show(String value) {
        if (value == null)
            return "null";
        StringBuilder shown = new StringBuilder("\"");
        value.chars().limit(120).forEach(c -> shown.append(c < 0x20 || c >= 0x7F && c < 0xA0 || Character.isSurrogate((char) c)
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return shown.append(value.length() > 120 ? "…\" (" + value.length() + " chars)" : "\"").toString();
    }

    /** Runs a check of one generated value, naming the seed if it fails. */
    public static void check(long seed, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Failed with -Dkg.fuzz.seed=" + seed + ": " + e.getMessage(), e);
        }
    }

    private static String pick(Random random) {
        return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
    }

    private static String codeUnits(Random random, int length) {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < length; i++)
            units.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10000)));
        return units.toString();
    }

    private static String mutate(Random random, String value) {
        StringBuilder mutated = new StringBuilder(value);
        int at = mutated.isEmpty() ? 0 : random.nextInt(mutated.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> mutated.insert(at, pick(random));
            case 1 -> mutated.insert(at, codeUnits(random, 1));
            default -> {
                if (at < mutated.length())
                    mutated.deleteCharAt(at);
            }
        }
        return mutated.toString();
    }
}
