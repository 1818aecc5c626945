package org.partnercities.kg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.vocab.PCK;

/**
 * Loads source graphs from files of any size into the embedded store: the files are streamed, each
 * source graph is materialised and validated on its own as soon as it has been read (on the other
 * cores), and written while the next ones are read — all in one write transaction of the text
 * dataset, which is committed only if every graph conforms. Memory holds a few source graphs, not
 * the files. The statements go straight to the TDB2 indexes on this thread while another thread
 * makes their text-index documents; the text dataset's own two-phase commit then commits both. A graph must come in one piece (N-Quads sorted by graph, or one TriG block per graph),
 * as dumps and the generator write them; a graph of that name already in the store is replaced.
 */
public final class BulkLoader {

    /** What a load did; {@code violations} non-empty means nothing was written. */
    public record Result(long graphs, long statements, long inferred, Duration duration, List<Violation> violations) {}

    /** Stop collecting violations after this many: the load is refused anyway. */
    private static final int MAX_VIOLATIONS = 100;
    private static final Prepared END = new Prepared(null, null, 0, null);

    private record Prepared(Node name, Graph graph, int inferred, List<Violation> violations) {}

    private final DatasetGraph dataset;
    private final SourceSchema schema;
    private final int workers;

    public BulkLoader(DatasetGraph dataset, SourceSchema schema) {
        this.dataset = dataset;
        this.schema = schema;
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * Loads the files; {@code wrap} may wrap each file's raw input (e.g. with a progress bar).
     *
     * @throws LoadException for a file that does not parse (file, line, column) or breaks the rules
     */
    public Result load(List<Path> files, UnaryOperator<InputStream> wrap) {
        long start = System.nanoTime();
        BlockingQueue<Future<Prepared>> prepared = new ArrayBlockingQueue<>(4 * workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "kg-load-prepare");
            thread.setDaemon(true);
            return thread;
        });
        Thread reader = new Thread(() -> read(files, wrap, pool, prepared), "kg-load-read");
        reader.setDaemon(true);
        reader.start();

        long graphs = 0;
        long statements = 0;
        long inferred = 0;
        List<Violation> violations = new ArrayList<>();
        TextDocuments text = TextDocuments.of(dataset);
        DatasetGraph indexes = dataset instanceof DatasetGraphText textDataset ? textDataset.monitored() : dataset;
        dataset.begin(TxnType.WRITE);
        try {
            while (true) {
                Prepared next = next(prepared);
                if (next == END)
                    break;
                if (!next.violations().isEmpty()) {
                    violations.addAll(next.violations());
                    if (violations.size() >= MAX_VIOLATIONS)
                        break;
                    continue;
                }
                if (!violations.isEmpty())
                    continue; // refused anyway: check the rest, write nothing more
                if (indexes.containsGraph(next.name()))
                    dataset.deleteAny(next.name(), Node.ANY, Node.ANY, Node.ANY); // through the text dataset: its documents go too
                for (Triple triple : (Iterable<Triple>) () -> next.graph().find())
                    indexes.add(next.name(), triple.getSubject(), triple.getPredicate(), triple.getObject());
                text.add(next.name(), next.graph());
                graphs++;
                statements += next.graph().size();
                inferred += next.inferred();
            }
            text.finish();
            if (violations.isEmpty())
                dataset.commit();
            else
                dataset.abort();
        } catch (RuntimeException | Error e) {
            text.close();
            dataset.abort();
            throw e;
        } finally {
            text.close();
            dataset.end();
            pool.shutdownNow();
            reader.interrupt();
        }
        return new Result(graphs, statements, inferred, Duration.ofNanos(System.nanoTime() - start), violations);
    }

    private static Prepared next(BlockingQueue<Future<Prepared>> prepared) {
        try {
            return prepared.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("Interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime)
                throw runtime;
            throw new LoadException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /** Reads every file, handing each complete source graph to the pool; ends with {@link #END}. */
    private void read(List<Path> files, UnaryOperator<InputStream> wrap, ExecutorService pool,
                      BlockingQueue<Future<Prepared>> prepared) {
        try {
            Set<Node> seen = new HashSet<>();
            for (Path file : files)
                readFile(file, wrap, seen, graph -> submit(graph, file, pool, prepared));
            put(prepared, java.util.concurrent.CompletableFuture.completedFuture(END));
        } catch (RuntimeException e) {
            put(prepared, java.util.concurrent.CompletableFuture.failedFuture(e));
        }
    }

    private void submit(Map.Entry<Node, Graph> graph, Path file, ExecutorService pool,
                        BlockingQueue<Future<Prepared>> prepared) {
        put(prepared, pool.submit(() -> prepare(graph.getKey(), graph.getValue(), file)));
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

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("Interrupted");
        }
    }

    private static void readFile(Path file, UnaryOperator<InputStream> wrap, Set<Node> seen,
                                 java.util.function.Consumer<Map.Entry<Node, Graph>> complete) {
        String name = file.getFileName().toString();
        boolean gzip = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name);
        if (lang == null || !RDFLanguages.isQuads(lang))
            throw new LoadException(file + ": not a TriG or N-Quads file (.trig, .nq, optionally .gz)");
        try (InputStream raw = wrap.apply(Files.newInputStream(file));
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).errorHandler(StrictErrorHandler.INSTANCE)
                    .parse(new GraphByGraph(file, seen, complete));
        } catch (org.apache.jena.riot.RiotParseException e) {
            throw new LoadException(file + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage(), e);
        } catch (org.apache.jena.riot.RiotException e) {
            throw new LoadException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Collects the statements of one named graph at a time and hands it on when the next begins. */
    private static final class GraphByGraph extends StreamRDFBase {
        private final Path file;
        private final Set<Node> seen;
        private final java.util.function.Consumer<Map.Entry<Node, Graph>> complete;
        private Node current;
        private Graph graph;

        GraphByGraph(Path file, Set<Node> seen, java.util.function.Consumer<Map.Entry<Node, Graph>> complete) {
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
