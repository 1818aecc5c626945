package org.partnercities.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Rebuilds the text index of an embedded store from the statements in it. A store keeps the
 * documents it was indexed with; after a change to what the index holds ({@link TextIndexDefinition},
 * {@link EntityTextProducer}) only a rebuild brings an existing store in line. The old documents
 * stay until the new ones commit, so a rebuild that fails or is killed leaves the index as it was.
 */
public final class TextIndexRebuild {

    private TextIndexRebuild() {}

    /** Replaces every document of the index with those of the store's statements; returns how many. */
    public static long rebuild(EmbeddedStore store) {
        DatasetGraph dataset = store.dataset();
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index))
            throw new IllegalStateException(store.directory() + ": the store has no Lucene text index");
        EntityDefinition definition = index.getDocDef();
        long[] documents = {0};
        try {
            index.getIndexWriter().deleteAll();
            dataset.executeRead(() -> dataset.find().forEachRemaining(quad -> {
                Entity entity = EntityTextProducer.document(definition, quad.getGraph(), quad.getSubject(),
                        quad.getPredicate(), quad.getObject());
                if (entity != null) {
                    index.addEntity(entity);
                    documents[0]++;
                }
            }));
            index.prepareCommit();
            index.commit();
            return documents[0];
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException(store.directory() + ": cannot rebuild the text index", e);
        } catch (RuntimeException | Error e) {
            index.rollback();
            throw e;
        }
    }
}
