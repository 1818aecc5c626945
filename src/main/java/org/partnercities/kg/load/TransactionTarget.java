package org.partnercities.kg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes into a store that already holds data, in one write transaction of its text dataset. The
 * statements go straight to the TDB2 indexes on this thread while another thread makes their
 * text-index documents; the text dataset's own two-phase commit then commits both.
 */
final class TransactionTarget implements GraphTarget {

    private final DatasetGraph dataset;
    private final DatasetGraph indexes;
    private final TextDocuments text;
    private boolean committed;

    TransactionTarget(DatasetGraph dataset) {
        this.dataset = dataset;
        this.indexes = dataset instanceof DatasetGraphText textDataset ? textDataset.monitored() : dataset;
        this.text = TextDocuments.of(dataset);
        dataset.begin(TxnType.WRITE);
    }

    @Override
    public void write(Node name, Graph graph) {
        if (indexes.containsGraph(name))
            dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY); // through the text dataset: its documents go too
        for (Triple triple : (Iterable<Triple>) graph::find)
            indexes.add(name, triple.getSubject(), triple.getPredicate(), triple.getObject());
        text.add(name, graph);
    }

    @Override
    public void commit() {
        text.finish();
        dataset.commit();
        committed = true;
    }

    @Override
    public void close() {
        text.close();
        if (!committed)
            dataset.abort();
        dataset.end();
    }
}
