package org.partnercities.kg.vocab;

import java.util.Locale;

/**
 * Russian names to Latin letters (a simplified BGN/PCGN romanisation) and IRI slugs, the way the
 * curated data writes them (Наталья → natalya): one rule for the generator and the ingester.
 */
public final class Slugs {

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private Slugs() {}

    /** Latin letters for Russian ones; a word-final «ий» or «ый» is "y" (Дмитрий → Dmitry). */
    public static String latin(String russian) {
        StringBuilder out = new StringBuilder(russian.length() + 8);
        for (int i = 0; i < russian.length(); i++) {
            char c = russian.charAt(i);
            char lower = Character.toLowerCase(c);
            int k = CYRILLIC.indexOf(lower);
            if (k < 0) {
                out.append(c);
                continue;
            }
            boolean wordEnd = i + 2 >= russian.length() || !Character.isLetter(russian.charAt(i + 2));
            if ((lower == 'и' || lower == 'ы') && i + 1 < russian.length() && russian.charAt(i + 1) == 'й' && wordEnd) {
                out.append(Character.isUpperCase(c) ? 'Y' : 'y');
                i++;
                continue;
            }
            String latin = LATIN[k];
            if (Character.isUpperCase(c) && !latin.isEmpty())
                latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            out.append(latin);
        }
        return out.toString();
    }

    /** Lower-case ASCII letters and digits joined by single hyphens. */
    public static String slug(String text) {
        String latin = latin(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                out.append(c);
            else if (c != '\'' && c != '’' && out.length() > 0 && out.charAt(out.length() - 1) != '-')
                out.append('-');
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-')
            end--;
        return out.substring(0, end);
    }
}
