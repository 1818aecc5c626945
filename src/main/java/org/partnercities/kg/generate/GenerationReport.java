package org.partnercities.kg.generate;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a run wrote.
 *
 * @param quads    statements written (each in one named graph)
 * @param graphs   named graphs, one per source document
 * @param entities entities described in full, per kind (an entity only referred to is not counted again)
 * @param duration how long writing took
 */
public record GenerationReport(long quads, long graphs, Map<Kind, Long> entities, Duration duration) {

    public GenerationReport {
        entities = Collections.unmodifiableMap(new EnumMap<>(entities));
    }

    public long count(Kind kind) {
        return entities.getOrDefault(kind, 0L);
    }
}
