package org.partnercities.kg.network;

import java.util.List;

/** A network of entities for analysts' tools: nodes with label and type, one edge per linked pair. */
record Network(List<NodeRow> nodes, List<EdgeRow> edges, boolean truncated) {

    record NodeRow(String id, String label, String type, String typeLabel, String iri) {}

    record EdgeRow(String source, String target, String property, String label) {}
}
