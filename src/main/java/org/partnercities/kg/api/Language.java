package org.partnercities.kg.api;

import java.util.List;
import java.util.Locale;

/**
 * The language labels are given in: Russian unless {@code lang=en} or {@code Accept-Language}
 * prefers English. Where an entity has no label in the asked language, its Russian label is used.
 */
public final class Language {

    public static final String RUSSIAN = "ru";
    public static final String ENGLISH = "en";
    private static final List<String> SUPPORTED = List.of(RUSSIAN, ENGLISH);

    private Language() {}

    public static String resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String value = lang.strip().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(value))
                throw new BadParameterException("lang", "must be ru or en (was '" + EntityIds.shorten(lang) + "')");
            return value;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (best != null)
                    return best;
            } catch (IllegalArgumentException ignored) {
                // A malformed Accept-Language header is ignored, as HTTP allows.
            }
        }
        return RUSSIAN;
    }
}
