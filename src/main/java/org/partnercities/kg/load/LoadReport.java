package org.partnercities.kg.load;

import java.time.Duration;

/**
 * What a load did.
 *
 * @param sourceGraphs  named graphs of sources loaded
 * @param quads         statements now in the store (ontology included)
 * @param inferred      statements added by materialisation
 * @param duration      how long it took, reading to commit
 * @param graphs        the named graphs written (ontology and sources)
 */
public record LoadReport(int sourceGraphs, long quads, int inferred, Duration duration, java.util.List<String> graphs) {

    @Override
    public String toString() {
        return sourceGraphs + " source graphs, " + quads + " statements (" + inferred + " inferred) in "
                + duration.toMillis() + " ms";
    }
}
