package org.partnercities.kg.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.store.StoreWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The whole-graph counts behind {@code /api/stats}, computed once and kept until this application
 * writes to the store or they are {@code kg.stats.max-age} old. They read every statement, which
 * takes seconds at national scale (about a minute at 30 million statements): too slow to repeat
 * per request, and they change only when the data does. Computed at start-up in the background;
 * a request that comes first waits for that one computation rather than starting its own.
 */
@Component
@EnableConfigurationProperties(StatsProperties.class)
class StatsCounts {

    private static final Logger log = LoggerFactory.getLogger(StatsCounts.class);

    /** The raw rows of each counting query, and when and at which write they were computed. */
    record Counts(List<Map<String, RDFNode>> byType, List<Map<String, RDFNode>> byCity,
                  List<Map<String, RDFNode>> byYear, Map<String, RDFNode> totals, long writes, Instant computed) {}

    private final Sparql sparql;
    private final StoreWriter writer;
    private final StatsProperties properties;
    private Counts counts;

    StatsCounts(Sparql sparql, StoreWriter writer, StatsProperties properties) {
        this.sparql = sparql;
        this.writer = writer;
        this.properties = properties;
    }

    /** The current counts, computed now if there are none or they are stale. */
    synchronized Counts get() {
        long writes = writer.writes();
        Instant now = Instant.now();
        if (counts == null || counts.writes() != writes || counts.computed().plus(properties.maxAge()).isBefore(now))
            counts = compute(writes, now);
        return counts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                long start = System.nanoTime();
                get();
                log.info("Statistics counted in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Statistics not counted at start-up (they will be on the first request): {}", e.getMessage());
            }
        }, "kg-stats-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private Counts compute(long writes, Instant now) {
        return new Counts(select("stats/select-counts-by-type"), select("stats/select-counts-by-city"),
                select("stats/select-counts-by-year"), select("stats/select-totals").get(0), writes, now);
    }

    private List<Map<String, RDFNode>> select(String name) {
        return sparql.selectWithTimeout(name, properties.queryTimeout());
    }
}
