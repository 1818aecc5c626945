package org.partnercities.kg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.vocab.PCK;

/**
 * The source graphs of some files, each materialised and validated on its own as soon as it has
 * been read: one thread parses, the other cores prepare, and {@link #next()} hands the graphs out
 * in file order. Memory holds a few source graphs, not the files. A graph must come in one piece
 * (N-Quads sorted by graph, or one TriG block per graph), as dumps and the generator write them.
 */
final class PreparedGraphs implements AutoCloseable {

    /** One source graph, materialised; {@code violations} non-empty if it does not conform. */
    record Prepared(Node name, Graph graph, int inferred, List<Violation> violations) {}

    private static final Prepared END = new Prepared(null, null, 0, null);

    private final SourceSchema schema;
    private final BlockingQueue<Future<Prepared>> prepared;
    private final ExecutorService pool;
    private final Thread reader;

    private PreparedGraphs(List<Path> files, UnaryOperator<InputStream> wrap, SourceSchema schema, int workers) {
        this.schema = schema;
        this.prepared = new ArrayBlockingQueue<>(4 * workers);
        this.pool = Executors.newFixedThreadPool(workers, r -> daemon(r, "kg-load-prepare"));
        this.reader = daemon(() -> read(files, wrap), "kg-load-read");
    }

    /** Starts reading {@code files}; {@code wrap} may wrap each file's raw input (e.g. with a progress bar). */
    static PreparedGraphs start(List<Path> files, UnaryOperator<InputStream> wrap, SourceSchema schema) {
        PreparedGraphs graphs = new PreparedGraphs(files, wrap, schema,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        graphs.reader.start();
        return graphs;
    }

    /**
     * The next graph, or {@code null} after the last.
     *
     * @throws LoadException for a file that does not parse (file, line, column) or breaks the rules
     */
    Prepared next() {
        try {
            Prepared next = prepared.take().get();
            return next == END ? null : next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("Interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime)
                throw runtime;
            throw new LoadException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        reader.interrupt();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Reads every file, handing each complete source graph to the pool; ends with {@link #END}. */
    private void read(List<Path> files, UnaryOperator<InputStream> wrap) {
        try {
            Set<Node> seen = new HashSet<>();
            for (Path file : files)
                readFile(file, wrap, seen, graph -> put(pool.submit(() -> prepare(graph.getKey(), graph.getValue(), file))));
            put(CompletableFuture.completedFuture(END));
        } catch (RuntimeException e) {
            put(CompletableFuture.failedFuture(e));
        }
    }

    private Prepared prepare(Node name, Graph graph, Path file) {
        try {
            int inferred = schema.prepare(name, graph, Map.of());
            return new Prepared(name, graph, inferred, List.of());
        } catch (ValidationException e) {
            return new Prepared(name, graph, 0, e.violations().stream()
                    .map(v -> new Violation(List.of(file.toString()), v.focusNode(), v.path(), v.constraint(), v.message()))
                    .toList());
        }
    }

    private void put(Future<Prepared> item) {
        try {
            prepared.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("Interrupted");
        }
    }

    private static void readFile(Path file, UnaryOperator<InputStream> wrap, Set<Node> seen,
                                 Consumer<Map.Entry<Node, Graph>> complete) {
        String name = file.getFileName().toString();
        boolean gzip = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name);
        if (lang == null || !RDFLanguages.isQuads(lang))
            throw new LoadException(file + ": not a TriG or N-Quads file (.trig, .nq, optionally .gz)");
        try (InputStream raw = wrap.apply(Files.newInputStream(file));
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).errorHandler(StrictErrorHandler.INSTANCE)
                    .parse(new GraphByGraph(file, seen, complete));
        } catch (RiotParseException e) {
            throw new LoadException(file + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new LoadException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Collects the statements of one named graph at a time and hands it on when the next begins. */
    private static final class GraphByGraph extends StreamRDFBase {
        private final Path file;
        private final Set<Node> seen;
        private final Consumer<Map.Entry<Node, Graph>> complete;
        private Node current;
        private Graph graph;

        GraphByGraph(Path file, Set<Node> seen, Consumer<Map.Entry<Node, Graph>> complete) {
            this.file = file;
            this.seen = seen;
            this.complete = complete;
        }

        @Override
        public void triple(Triple triple) {
            throw new LoadException(file + ": statements outside a named graph; every statement belongs to the graph of its source");
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            if (!quad.getGraph().equals(current)) {
                flush();
                Node next = quad.getGraph();
                if (next.equals(PCK.ONTOLOGY_GRAPH))
                    throw new LoadException(file + ": the ontology graph is changed in ontology/, not loaded");
                if (!seen.add(next))
                    throw new LoadException(file + ": the graph <" + next.getURI() + "> comes in more than one piece; "
                            + "sort the statements by graph");
                current = next;
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(quad.asTriple());
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (current != null)
                complete.accept(Map.entry(current, graph));
            current = null;
            graph = null;
        }
    }
}
