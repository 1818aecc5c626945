package org.partnercities.kg.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timings of one kind of request, in milliseconds; a timed-out request counts as infinitely slow. */
final class Latencies {

    private double[] ms = new double[16];
    private int count;
    private int timeouts;

    void add(double millis) {
        if (count == ms.length)
            ms = Arrays.copyOf(ms, count * 2);
        ms[count++] = millis;
    }

    /** Adds every timing of {@code other} (e.g. one condition's rounds pooled). */
    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++)
            add(other.ms[i]);
        timeouts += other.timeouts;
    }

    void timeout() {
        timeouts++;
        add(Double.POSITIVE_INFINITY);
    }

    int count() {
        return count;
    }

    int timeouts() {
        return timeouts;
    }

    /** The p-th percentile (nearest rank). */
    double pct(int p) {
        if (count == 0)
            return Double.NaN; // not measured (e.g. item 3 without its SPARQL baseline)
        double[] sorted = Arrays.copyOf(ms, count);
        Arrays.sort(sorted);
        return ApiBenchmark.pct(sorted, p);
    }

    /** A figure for a table: "12.3", or "> 60000" when it is a timeout. */
    static String show(double value, double timeoutMs) {
        if (Double.isNaN(value))
            return "—";
        return Double.isInfinite(value) ? String.format(Locale.ROOT, "> %.0f", timeoutMs) : String.format(Locale.ROOT, "%.1f", value);
    }
}
