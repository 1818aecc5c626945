package org.partnercities.kg.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded store lives and how it answers.
 *
 * @param directory    the store directory: TDB2 database in {@code tdb2/}, Lucene text index in
 *                     {@code lucene/}, and the digest of the loaded sources
 * @param queryTimeout how long a SPARQL query may run before it is stopped
 */
@ConfigurationProperties("kg.store")
public record StoreProperties(
        @DefaultValue("run/store") Path directory,
        @DefaultValue("10s") Duration queryTimeout) {
}
