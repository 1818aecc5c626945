package org.partnercities.kg.stats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the whole-graph counts of {@code /api/stats} are kept.
 *
 * @param maxAge       how long counts are kept when nothing was written through this application
 *                     (a remote store may be changed by others)
 * @param queryTimeout how long each counting query may run (longer than the store's query timeout:
 *                     they read the whole graph, once per change)
 */
@ConfigurationProperties("kg.stats")
record StatsProperties(@DefaultValue("10m") Duration maxAge, @DefaultValue("5m") Duration queryTimeout) {}
