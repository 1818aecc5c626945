package org.partnercities.kg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;

/**
 * Feeds the text index with the names and texts of the things analysts look for, leaving out those
 * of memberships and source documents: search and the lists never show either, and memberships are
 * more than half of all names, each repeating its organisation's («… — директор школы № 56»), so a
 * common word like «школа» made every text query read ten times the documents it needed.
 *
 * <p>The embedded store, {@code kg load} and the standalone Fuseki configuration
 * ({@code text:textDocProducer}) all use it, so depends on Jena and Lucene only: its class file goes
 * on the Fuseki server's class path beside the analyser's.
 */
public final class EntityTextProducer extends TextDocProducerTriples {

    private static final String MEMBERSHIPS = "https://w3id.org/partner-cities-kg/id/membership/";
    private static final String SOURCES = "https://w3id.org/partner-cities-kg/id/source/";

    public EntityTextProducer(TextIndex index) {
        super(index);
    }

    /** Whether the text index holds the names and texts of {@code subject}. */
    public static boolean indexes(Node subject) {
        if (!subject.isURI())
            return true;
        String iri = subject.getURI();
        return !iri.startsWith(MEMBERSHIPS) && !iri.startsWith(SOURCES);
    }

    /**
     * The index document of one statement, or null when it has none (a predicate the index does not
     * map, or a subject left out): for code that feeds the index directly (kg load, kg reindex).
     */
    public static Entity document(EntityDefinition definition, Node graph, Node subject, Node predicate, Node object) {
        return indexes(subject) ? TextQueryFuncs.entityFromQuad(definition, graph, subject, predicate, object) : null;
    }

    @Override
    public void change(TextQuadAction action, Node graph, Node subject, Node predicate, Node object) {
        if (indexes(subject))
            super.change(action, graph, subject, predicate, object);
    }
}
