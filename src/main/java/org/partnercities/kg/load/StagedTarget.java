package org.partnercities.kg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.partnercities.kg.store.EmbeddedStore;

/**
 * Writes into an empty store by building a new one beside it with TDB2's phased bulk loader (which
 * fills each index in turn rather than all six per statement) and its text index alongside, then
 * moving both into place in one step once everything conforms ({@link EmbeddedStore#replaceWith}).
 * The bulk loader has no rollback; building aside is what keeps the load all-or-nothing.
 */
final class StagedTarget implements GraphTarget {

    private final EmbeddedStore live;
    private final EmbeddedStore staged;
    private final TextIndex index;
    private final TextDocuments text;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean committed;

    StagedTarget(EmbeddedStore live) {
        this.live = live;
        this.staged = live.stage();
        DatasetGraphText textDataset = (DatasetGraphText) staged.dataset();
        this.index = textDataset.getTextIndex();
        this.text = TextDocuments.of(textDataset);
        try {
            this.loader = LoaderFactory.phasedLoader(textDataset.monitored(), (format, args) -> { });
            loader.startBulk();
        } catch (RuntimeException e) {
            text.close();
            live.discard(staged);
            throw e;
        }
        this.stream = loader.stream();
    }

    @Override
    public void write(Node name, Graph graph) {
        for (Triple triple : (Iterable<Triple>) graph::find)
            stream.quad(Quad.create(name, triple));
        text.add(name, graph);
    }

    @Override
    public void commit() {
        text.finish();
        loader.finishBulk();
        index.commit();
        live.replaceWith(staged);
        committed = true;
    }

    @Override
    public void close() {
        if (committed)
            return;
        text.close();
        try {
            loader.finishBulk(); // ends the loader's threads; what it wrote is thrown away below
        } catch (RuntimeException e) {
            loader.finishException(e);
        }
        live.discard(staged);
    }
}
