package org.partnercities.kg.curation;

import java.util.Map;

/**
 * What a change did.
 *
 * @param graphs   for each changed source graph, how many statements it now holds (0: removed)
 * @param inferred statements added by materialisation
 * @param created  whether a graph that did not exist before now does
 */
public record ChangeReport(Map<String, Long> graphs, int inferred, boolean created) {}
