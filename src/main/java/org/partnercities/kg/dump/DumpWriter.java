package org.partnercities.kg.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.partnercities.kg.linkeddata.Namespaces;
import org.partnercities.kg.linkeddata.RdfWriter;
import org.partnercities.kg.store.QueryLibrary;

/**
 * Streams the whole graph, gzip-compressed, from the store to an output stream: statements go
 * from the store's iterator straight to a streaming Rio writer, so memory stays flat however large
 * the graph. Used by the download endpoint and the {@code export} command.
 */
public class DumpWriter {

    /**
     * How long a dump may read: it reads every statement, which at national scale takes minutes, so
     * the store's limit for questions ({@code kg.store.query-timeout}, 10 s) would cut it short.
     * A remote store applies its own limit: the application dumps through its dump endpoint
     * ({@link org.partnercities.kg.store.DumpConnection}).
     */
    static final Duration WHOLE_GRAPH = Duration.ofHours(6);

    private final RDFConnection connection;
    private final QueryLibrary queries;

    public DumpWriter(RDFConnection connection, QueryLibrary queries) {
        this.connection = connection;
        this.queries = queries;
    }

    /** Writes the dump; {@code progress} is told the number of statements written so far, now and then. */
    public long write(DumpFormat format, OutputStream target, LongConsumer progress) {
        Query query = queries.get(format.quads() ? "dump/construct-quads" : "dump/construct-union");
        try (GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16)) {
            long written = connection.calculateRead(() -> {
                RDFHandler handler = handler(format, gzip);
                handler.startRDF();
                long count = 0;
                try (QueryExecution execution = connection.newQuery().query(query)
                        .timeout(WHOLE_GRAPH.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    if (format.quads()) {
                        for (Iterator<Quad> it = execution.execConstructQuads(); it.hasNext(); ) {
                            Quad q = it.next();
                            handler.handleStatement(RdfWriter.statement(q.getGraph(), q.asTriple()));
                            if (++count % 10_000 == 0)
                                progress.accept(count);
                        }
                    } else {
                        for (Iterator<Triple> it = execution.execConstructTriples(); it.hasNext(); ) {
                            handler.handleStatement(RdfWriter.statement(null, it.next()));
                            if (++count % 10_000 == 0)
                                progress.accept(count);
                        }
                    }
                }
                handler.endRDF();
                return count;
            });
            progress.accept(written);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RDFHandler handler(DumpFormat format, OutputStream out) {
        if (format == DumpFormat.JSONLD)
            return new JsonLdStreamWriter(out);
        // A buffered character writer: Rio's line-based writers write many small strings.
        RDFWriter writer = Rio.createWriter(format.rdfFormat(),
                new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
        // Pretty printing would hold statements back to group them; a dump streams.
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, false);
        writer.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        return new org.eclipse.rdf4j.rio.helpers.RDFHandlerWrapper(writer) {
            @Override
            public void startRDF() {
                super.startRDF();
                if (format != DumpFormat.NTRIPLES && format != DumpFormat.NQUADS)
                    Namespaces.PREFIXES.forEach(this::handleNamespace);
            }
        };
    }
}
