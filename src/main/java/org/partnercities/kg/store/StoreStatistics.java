package org.partnercities.kg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes TDB2's {@code stats.opt} for the embedded store, as {@code tdb2.tdbstats --graph
 * urn:x-arq:UnionGraph} does: how often each predicate occurs, over all named graphs (our queries
 * read the union graph). TDB2 reorders the patterns of a query by these counts instead of by its
 * fixed rules; it reads the file when it opens the database, so write it after a load and before
 * the application opens the store (with the store closed: this opens it and lets it go again).
 */
public final class StoreStatistics {

    private StoreStatistics() {}

    /** Writes {@code stats.opt} into the current data directory of the store in {@code storeDirectory}; returns its path. */
    public static Path write(Path storeDirectory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(storeDirectory.resolve("tdb2").toString());
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve("stats.opt");
        try {
            Txn.executeRead(dataset, () -> collect(tdb, file));
        } finally {
            // Released, so that the next open reads the new statistics.
            TDBInternal.expel(dataset);
        }
        return file;
    }

    private static void collect(DatasetGraphTDB tdb, Path file) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
        Iterator<Tuple<NodeId>> all = quads.findAll();
        while (all.hasNext()) {
            Tuple<NodeId> quad = all.next();
            collector.record(quad.get(0), quad.get(1), quad.get(2), quad.get(3));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Stats.write(out, collector.results());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
