package org.partnercities.kg.ingest;

import java.util.Locale;

/** Comparison keys for names: lower case, «ё» as «е», letters and digits only, single spaces. */
public final class Names {

    private Names() {}

    /** «Школа № 56» and «школа №56» give the same key, "школа 56". */
    public static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (char c : name.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0)
                    out.append(' ');
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The first letter upper case. */
    public static String capitalize(String text) {
        if (text.isEmpty())
            return text;
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
