package org.partnercities.kg.ingest;

import java.util.Locale;

/** A word, a number or a punctuation mark of a report, with its character offsets. */
public record Token(String text, int start, int end) {

    /** Lower case, «ё» as «е» (reports write both). */
    public String lower() {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    public boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** All letters upper case and at least two of them: МЦРКПО, ГБОУ, ВСОКО. */
    public boolean isAcronym() {
        if (text.length() < 2 || !isWord())
            return false;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c))
                return false;
            if (Character.isUpperCase(c))
                upper++;
        }
        return upper >= 2;
    }

    public boolean is(String lower) {
        return lower().equals(lower);
    }
}
