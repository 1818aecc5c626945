package org.partnercities.kg.load;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curated sources are read from.
 *
 * @param ontology the ontology directory: ontology Turtle files, {@code shapes.ttl},
 *                 {@code rules/*.rq} and {@code checks/*-violation.rq}
 * @param data     the data directory: one TriG file per source article
 */
@ConfigurationProperties("kg.sources")
public record SourceProperties(
        @DefaultValue("ontology") Path ontology,
        @DefaultValue("data") Path data) {
}
