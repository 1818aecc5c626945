package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a report into sentences with their offsets: at a line break, and after «.», «!», «?» or
 * «…» followed by a space and a capital letter, a digit or an opening quote — unless the full stop
 * ends an initial («И.И. Калина») or an abbreviation («г. Москвы», «им. Пушкина»). Quoted titles
 * are never split.
 */
public final class Sentences {

    /** One sentence; {@code paragraph} counts the lines of the report that have text. */
    public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {}

    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "им", "ул", "д", "т", "см", "др", "тыс", "млн",
            "руб", "обл", "р", "пос", "с", "п", "ст", "кв", "пр", "проф", "акад", "корп", "стр");

    private Sentences() {}

    /** The sentences of {@code text}, in order. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.length();
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                paragraph++;
                splitLine(text, lineStart, lineEnd, paragraph, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        int quotes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«')
                quotes++;
            else if (c == '»' && quotes > 0)
                quotes--;
            else if ((c == '.' || c == '!' || c == '?' || c == '…') && quotes == 0 && endsSentence(text, i, to)) {
                add(text, start, i + 1, paragraph, out);
                start = i + 1;
            }
        }
        add(text, start, to, paragraph, out);
    }

    private static boolean endsSentence(String text, int i, int to) {
        int next = i + 1;
        if (next >= to)
            return true;
        if (!Character.isWhitespace(text.charAt(next)))
            return false;
        while (next < to && Character.isWhitespace(text.charAt(next)))
            next++;
        if (next >= to)
            return true;
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || following == '«' || following == '"'))
            return false;
        if (text.charAt(i) != '.')
            return true;
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1)))
            wordStart--;
        String word = text.substring(wordStart, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
            return false; // an initial
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start)))
            start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        if (start < end)
            out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end), tokenize(text, start, end)));
    }

    /** Words (letters with inner hyphens), numbers, and single punctuation marks. */
    static List<Token> tokenize(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < end && (Character.isLetter(text.charAt(j))
                        || (text.charAt(j) == '-' && j + 1 < end && Character.isLetter(text.charAt(j + 1)))))
                    j++;
                tokens.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && Character.isDigit(text.charAt(j)))
                    j++;
                tokens.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }
}
