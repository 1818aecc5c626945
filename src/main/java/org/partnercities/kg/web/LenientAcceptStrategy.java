package org.partnercities.kg.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The Accept header as Spring MVC reads it, with the ranges it cannot parse left out (an Accept of
 * nothing but junk means anything), as HTTP allows and as linked-data negotiation does. Spring's own
 * strategy fails the whole request instead, and then cannot even write the problem: a bare 400 or 406.
 */
final class LenientAcceptStrategy implements ContentNegotiationStrategy {

    /** Spring refuses to sort more ranges than this. */
    static final int MAX_RANGES = 50;

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
        String[] values = request.getHeaderValues(HttpHeaders.ACCEPT);
        List<MediaType> ranges = new ArrayList<>();
        for (String value : values == null ? new String[0] : values)
            for (String range : value.split(",")) {
                if (ranges.size() == MAX_RANGES || range.isBlank())
                    continue;
                try {
                    ranges.add(MediaType.parseMediaType(range.strip()));
                } catch (IllegalArgumentException ignored) {
                    // InvalidMediaTypeException and the like: a range we cannot read says nothing about what is acceptable
                }
            }
        if (ranges.isEmpty())
            return MEDIA_TYPE_ALL_LIST;
        MimeTypeUtils.sortBySpecificity(ranges);
        return ranges;
    }
}
