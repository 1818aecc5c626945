package org.partnercities.kg.api;

/** {@code limit} and {@code offset} of a list, checked. */
public record Paging(int limit, int offset) {

    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 1_000_000;

    public static Paging of(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT)
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        if (offset < 0 || offset > MAX_OFFSET)
            throw new BadParameterException("offset", "must be between 0 and " + MAX_OFFSET + " (was " + offset + ")");
        return new Paging(limit, offset);
    }
}
