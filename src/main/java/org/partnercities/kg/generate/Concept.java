package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/** A practice or a theme of the practices concept scheme; a practice has its theme as broader concept. */
record Concept(Node iri, boolean theme, String russian, String english, Node broader) {}
