package org.partnercities.kg.load;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.partnercities.kg.store.EntityTextProducer;

/**
 * Makes the text-index documents of loaded graphs on a thread of its own, in the order the graphs
 * were written, so that the writer thread only feeds the TDB2 indexes. The documents become
 * visible when the text dataset commits its write transaction (Lucene's prepare-commit, then
 * TDB2, then Lucene), exactly as for statements added through the text dataset.
 */
final class TextDocuments implements AutoCloseable {

    private static final TextDocuments NONE = new TextDocuments(null, null);

    private final TextIndex index;
    private final EntityDefinition definition;
    private final ThreadPoolExecutor thread;
    private volatile Throwable failure;

    private TextDocuments(TextIndex index, ThreadPoolExecutor thread) {
        this.index = index;
        this.definition = index == null ? null : index.getDocDef();
        this.thread = thread;
    }

    /** Documents for the text index of {@code dataset}, or nothing if it has none. */
    static TextDocuments of(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text))
            return NONE;
        // A short queue bounds the graphs held for indexing; when it is full the writer indexes
        // the next graph itself (graphs are independent, so their order does not matter).
        ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), r -> {
            Thread t = new Thread(r, "kg-load-text");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        return new TextDocuments(text.getTextIndex(), thread);
    }

    /** Queues the documents of every indexed statement of {@code graph}, as {@link EntityTextProducer} chooses them. */
    void add(Node graphName, Graph graph) {
        if (index == null)
            return;
        rethrow();
        thread.execute(() -> {
            try {
                for (Triple t : (Iterable<Triple>) () -> graph.find()) {
                    Entity entity = EntityTextProducer.document(definition, graphName, t.getSubject(), t.getPredicate(), t.getObject());
                    if (entity != null)
                        index.addEntity(entity);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        });
    }

    /** Waits until every queued document is in the index writer; rethrows a failure. */
    void finish() {
        if (index == null)
            return;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.HOURS))
                throw new LoadException("Text index: still indexing after an hour");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("Interrupted");
        }
        rethrow();
    }

    private void rethrow() {
        if (failure != null)
            throw new LoadException("Text index: " + failure.getMessage(), failure);
    }

    /** Stops indexing (before an abort rolls the index writer back). */
    @Override
    public void close() {
        if (thread == null)
            return;
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
