package org.partnercities.kg.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the one seed: each entity or batch draws from its own
 * stream, keyed by what it is and its index, so that any part of the graph can be recomputed alone
 * (a school's name when an event mentions it) and the output does not depend on the order of calls.
 */
final class Seeds {

    enum Stream { CITY_NAMES, REGIONS, SCHOOL, PERSON, PRACTICES, PLACE_BATCH, SCHOOL_BATCH, EVENT_BATCH, AGREEMENT_BATCH }

    private final long seed;

    Seeds(long seed) {
        this.seed = seed;
    }

    /** The random stream of one thing: the same arguments give the same draws. */
    SplittableRandom random(Stream stream, long index) {
        return new SplittableRandom(mix(mix(seed * 31 + stream.ordinal() + 1) + index));
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole range of longs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
