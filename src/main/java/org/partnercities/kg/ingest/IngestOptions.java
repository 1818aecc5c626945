package org.partnercities.kg.ingest;

import java.time.LocalDate;

import org.partnercities.kg.vocab.Slugs;

/**
 * What the curator tells about a report: where it was published and when (both optional), and the
 * slug of its source graph (from the file name unless given).
 */
public record IngestOptions(String sourceSlug, String sourceUrl, LocalDate published) {

    public IngestOptions {
        if (sourceSlug == null || !sourceSlug.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            throw new IngestException("Bad source slug '" + sourceSlug + "': lower-case letters, digits and single hyphens");
    }

    /** A slug from a file name: «004_d0514d8675bafa63.txt» → "004-d0514d8675bafa63". */
    public static String slugOf(String fileName) {
        String base = fileName.replaceAll("\\.[A-Za-z0-9]+$", "");
        String slug = Slugs.slug(base);
        return slug.isEmpty() ? "report" : slug;
    }
}
