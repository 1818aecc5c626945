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
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;

    private EmbeddedStore(Path directory, DatasetGraph tdb, DatasetGraph dataset) {
        this.directory = directory;
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /** Opens (or creates) the store in {@code directory}. */
    public static EmbeddedStore open(Path directory, Duration queryTimeout) {
        try {
            Path tdbDir = Files.createDirectories(directory.resolve("tdb2"));
            Path luceneDir = Files.createDirectories(directory.resolve("lucene"));
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(tdbDir.toString());
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(luceneDir),
                    TextIndexDefinition.config());
            DatasetGraph text = TextDatasetFactory.create(tdb, index, true, new EntityTextProducer(index));
            for (DatasetGraph dsg : new DatasetGraph[] {tdb, text}) {
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
                dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            }
            return new EmbeddedStore(directory, tdb, text);
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

    @Override
    public void close() {
        dataset.close();
        // Release the directory lock so the same JVM (a test, a restart) can open it again.
        TDBInternal.expel(tdb);
    }
}
