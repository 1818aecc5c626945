package org.partnercities.kg.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.partnercities.kg.api.BadParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Chooses a representation: the {@code ?format=} parameter if given (ttl, jsonld, rdf, nt, html),
 * else the {@code Accept} header with its q-values (an exact media type beats {@code type/*},
 * which beats {@code *}{@code /*}; q=0 refuses). Empty when nothing acceptable is on offer: 406.
 */
public final class Negotiation {

    private record Range(String type, String subtype, double q) {
        /** How well this range matches a media type: 3 exact, 2 type/*, 1 any, 0 none. */
        int match(String mediaType) {
            String[] parts = mediaType.split("/");
            if (type.equals(parts[0]) && subtype.equals(parts[1]))
                return 3;
            if (type.equals(parts[0]) && subtype.equals("*"))
                return 2;
            return type.equals("*") ? 1 : 0;
        }
    }

    private Negotiation() {}

    public static Optional<Representation> choose(String format, String accept, List<Representation> offered) {
        if (format != null && !format.isBlank()) {
            Representation chosen = Representation.byExtension(format.strip())
                    .filter(offered::contains)
                    .orElseThrow(() -> new BadParameterException("format", "must be one of "
                            + offered.stream().map(Representation::extension).toList() + " (was '" + shorten(format) + "')"));
            return Optional.of(chosen);
        }
        if (accept == null || accept.isBlank())
            return Optional.of(offered.get(0));
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : offered) {
            double q = quality(r.mediaType(), ranges);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q of the most specific range matching the media type (0 if none or refused). */
    private static double quality(String mediaType, List<Range> ranges) {
        int bestMatch = 0;
        double q = 0;
        for (Range range : ranges) {
            int match = range.match(mediaType);
            if (match > bestMatch) {
                bestMatch = match;
                q = range.q();
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            // Limit -1 keeps empty pieces: ";" alone is [, ] rather than no pieces at all.
            String[] pieces = part.strip().split(";", -1);
            String[] type = pieces[0].strip().toLowerCase(Locale.ROOT).split("/");
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty())
                continue;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], q));
        }
        return ranges;
    }

    /** The 406 answer: what the resource is available as, in words and as {@code Link} alternates. */
    public static ResponseEntity<byte[]> notAcceptable(String path, List<Representation> offered) {
        String body = "Not acceptable. " + path + " is available as: "
                + offered.stream().map(Representation::mediaType).toList()
                + " (or ?format=" + offered.stream().map(Representation::extension).toList() + ")";
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.LINK, alternates(path, offered))
                .contentType(MediaType.TEXT_PLAIN)
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Link} header value naming each representation of {@code path} by its {@code ?format=} URL. */
    public static String alternates(String path, List<Representation> offered) {
        return String.join(", ", offered.stream()
                .map(r -> "<" + path + "?format=" + r.extension() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"")
                .toList());
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
