package org.partnercities.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded store: a TDB2 database with a Lucene text index, in one directory. Its default
 * graph is the union of the named graphs. Only Fuseki and {@link StoreConfiguration}'s
 * RDFConnection touch the dataset itself.
 */
public final class EmbeddedStore implements AutoCloseable {

    private final Path directory;
    private final Duration queryTimeout;
    private final StoreLock lock;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;
    private boolean dataClosed;
    private boolean closed;

    private EmbeddedStore(Path directory, Duration queryTimeout, StoreLock lock, DatasetGraph tdb, DatasetGraph dataset) {
        this.directory = directory;
        this.queryTimeout = queryTimeout;
        this.lock = lock;
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /**
     * Opens (or creates) the store in {@code directory}, first finishing or throwing away a build
     * that a crash interrupted (see {@link #stage()}).
     *
     * @throws org.apache.jena.dboe.base.file.AlreadyLocked if another process has it open
     */
    public static EmbeddedStore open(Path directory, Duration queryTimeout) {
        StoreLock lock;
        try {
            lock = StoreLock.take(Files.createDirectories(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store in " + directory, e);
        }
        try {
            StagedBuild.recover(directory);
            return open(directory, queryTimeout, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedStore open(Path directory, Duration queryTimeout, StoreLock lock) {
        try {
            Path tdbDir = Files.createDirectories(directory.resolve("tdb2"));
            Path luceneDir = Files.createDirectories(directory.resolve("lucene"));
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(tdbDir.toString());
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(luceneDir),
                    TextIndexDefinition.config());
            DatasetGraph text = TextDatasetFactory.create(tdb, index, true);
            for (DatasetGraph dsg : new DatasetGraph[] {tdb, text}) {
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
                dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            }
            return new EmbeddedStore(directory, queryTimeout, lock, tdb, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store in " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** The text-indexed dataset: every change to it also updates the index. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** A connection to the text-indexed dataset: how application code and commands reach this store. */
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
    }

    /** Whether the store holds no graph at all. */
    public boolean isEmpty() {
        return dataset.calculateRead(() -> !dataset.listGraphNodes().hasNext());
    }

    /**
     * A new, empty store beside this one (which stays locked), to be built whole, e.g. by a bulk
     * loader, and then put in this one's place by {@link #replaceWith}; closing it without that
     * throws it away at the next open.
     */
    public EmbeddedStore stage() {
        return open(StagedBuild.fresh(directory), queryTimeout);
    }

    /**
     * Replaces this store's data and text index by those of {@code staged} (from {@link #stage()})
     * as one step that a crash cannot split, then closes both stores.
     */
    public void replaceWith(EmbeddedStore staged) {
        if (!staged.directory.equals(StagedBuild.directory(directory)))
            throw new IllegalArgumentException(staged.directory + " is not staged for " + directory);
        staged.close();
        closeData();
        try {
            StagedBuild.promote(directory);
        } finally {
            close();
        }
    }

    /** Closes {@code staged} (from {@link #stage()}) and deletes it. */
    public void discard(EmbeddedStore staged) {
        if (!staged.directory.equals(StagedBuild.directory(directory)))
            throw new IllegalArgumentException(staged.directory + " is not staged for " + directory);
        staged.close();
        StagedBuild.deleteTree(staged.directory);
    }

    @Override
    public void close() {
        if (closed)
            return;
        closeData();
        closed = true;
        lock.close();
    }

    private void closeData() {
        if (dataClosed)
            return;
        dataClosed = true;
        dataset.close();
        // Release the TDB2 lock so the same JVM (a test, a restart) can open it again.
        TDBInternal.expel(tdb);
    }
}
