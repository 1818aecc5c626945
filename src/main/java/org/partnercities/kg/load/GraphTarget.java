package org.partnercities.kg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Where a bulk load writes its prepared source graphs: nothing is visible until {@link #commit()}. */
interface GraphTarget extends AutoCloseable {

    /** Writes {@code graph} as the named graph {@code name}, replacing a graph of that name. */
    void write(Node name, Graph graph);

    /** Makes everything written visible at once, data and text index together. */
    void commit();

    /** Ends the load; without {@link #commit()} nothing written is kept. */
    @Override
    void close();
}
