package org.partnercities.kg.generate;

/**
 * How many of each kind of thing a scale asks for: scale 1 is the national scale (about 1,100
 * cities, 40,000 schools, 500,000 teachers, 2,000 practices, 100,000 events), with floors so that a
 * tiny scale still has every kind of fact.
 */
record Sizes(int regions, int cities, int schools, int teachers, int practices, int events, int agreements,
             int adoptions) {

    static final double MAX_SCALE = 10;

    static Sizes of(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE))
            throw new IllegalArgumentException("scale must be above 0 and at most " + MAX_SCALE + ", not " + scale);
        int cities = atLeast(3, 1_100 * scale);
        int regions = Math.min(cities, atLeast(3, 85 * scale));
        int schools = atLeast(2 * cities, 40_000 * scale);
        int teachers = atLeast(4 * schools, 500_000 * scale);
        return new Sizes(regions, cities, schools, teachers, atLeast(5, 2_000 * scale), atLeast(10, 100_000 * scale),
                atLeast(2, 20_000 * scale), atLeast(1, 10_000 * scale));
    }

    private static int atLeast(int floor, double value) {
        return (int) Math.max(floor, Math.round(value));
    }
}
