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
            // Length first: lower-casing is quadratic in the JDK for some letters ("İ"), and we need two.
            String value = lang.strip();
            value = value.length() == 2 ? value.toLowerCase(Locale.ROOT) : value;
            if (!SUPPORTED.contains(value))
                throw new BadParameterException("lang", "must be ru or en (was '" + EntityIds.shorten(lang) + "')");
            return value;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                // RFC 4647 lookup, for our two one-subtag languages: the most preferred range whose first
                // subtag is ru or en. Not Locale.lookupTag: it takes time cubic in a range's subtags (25 s of
                // CPU for "a-a-…" in an 8 KB header), found by ParameterParsingPropertiesTest.
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                List<String> refused = ranges.stream().filter(r -> r.getWeight() == 0).map(Locale.LanguageRange::getRange).toList();
                for (Locale.LanguageRange range : ranges) {
                    String primary = range.getRange().split("-", 2)[0];
                    if (range.getWeight() > 0 && SUPPORTED.contains(primary) && !refused.contains(primary))
                        return primary;
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException ignored) {
                // A malformed Accept-Language header is ignored, as HTTP allows. The JDK's parser throws
                // IndexOutOfBoundsException too, for some ("-"): found by ParameterParsingPropertiesTest.
            }
        }
        return RUSSIAN;
    }
}
