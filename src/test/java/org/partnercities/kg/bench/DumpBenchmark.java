package org.partnercities.kg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.dump.DumpWriter;
import org.partnercities.kg.load.GraphLoader;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.vocab.PCK;

/**
 * Dump throughput (statements/s) for each format beside Jena's {@code riot} converting the same
 * data (from N-Quads, or N-Triples of the union) to the same format, gzip-compressed, in the same
 * run; and the peak heap of each, at two sizes, to see that memory stays flat. Not a test:
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnercities.kg.bench.DumpBenchmark [-Dexec.args="40 160"]</pre>
 * The graph is the seed graph copied k times with renamed entities (k from the arguments).
 */
public final class DumpBenchmark {

    private static final String[] RIOT_FORMATS = {"trig", "nq", "ttl", "nt", "jsonld", "rdfxml"};

    public static void main(String[] args) throws Exception {
        int[] scales = args.length == 0 ? new int[] {40, 160} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        StringBuilder table = new StringBuilder();
        table.append("| copies | statements | format | ours st/s | riot st/s | ours/riot | ours peak heap MB | riot peak heap MB |\n");
        table.append("|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (int copies : scales) {
            Path dir = TestStores.tempDirectory("kg-dump-bench");
            try (EmbeddedStore store = TestStores.open(dir.resolve("store"));
                 RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(store.dataset()))) {
                DatasetGraph seed = GraphLoader.prepare(TestStores.projectSources()).dataset();
                Path nquads = dir.resolve("graph.nq");
                Path ntriples = dir.resolve("union.nt");
                replicate(seed, copies, nquads);
                Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), nquads.toString()));
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ntriples))) {
                    RDFDataMgr.write(out, connection.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Lang.NTRIPLES);
                }
                DumpWriter dumps = new DumpWriter(connection, new QueryLibrary());
                for (int i = 0; i < DumpFormat.values().length; i++) {
                    DumpFormat format = DumpFormat.values()[i];
                    dumps.write(format, OutputStream.nullOutputStream(), n -> { });   // warm-up
                    resetPeaks();
                    long start = System.nanoTime();
                    long statements = dumps.write(format, OutputStream.nullOutputStream(), n -> { });
                    double ours = statements / ((System.nanoTime() - start) / 1e9);
                    long oursPeak = peakHeapMb();

                    Path input = format.quads() ? nquads : ntriples;
                    riot(input, RIOT_FORMATS[i]);   // warm-up
                    resetPeaks();
                    start = System.nanoTime();
                    riot(input, RIOT_FORMATS[i]);
                    double riot = statements / ((System.nanoTime() - start) / 1e9);
                    long riotPeak = peakHeapMb();
                    table.append(String.format(Locale.ROOT, "| %d | %d | %s | %.0f | %.0f | %.2f | %d | %d |%n", copies,
                            statements, format.extension(), ours, riot, ours / riot, oursPeak, riotPeak));
                }
            }
        }
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dump-benchmark.md"), table);
    }

    /** Jena's riot, in this JVM, writing gzip to nowhere: {@code riot --output=FMT --compress FILE}. */
    static void riot(Path input, String format) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            riotcmd.riot.main("--output=" + format, "--compress", input.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    /** The seed graph k times, every entity IRI suffixed with the copy number, as N-Quads. */
    private static void replicate(DatasetGraph seed, int copies, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            for (int c = 0; c < copies; c++) {
                String suffix = "-c" + c;
                seed.find().forEachRemaining(q -> writer.quad(Quad.create(rename(q.getGraph(), suffix),
                        rename(q.getSubject(), suffix), q.getPredicate(), rename(q.getObject(), suffix))));
            }
            writer.finish();
        }
    }

    private static Node rename(Node node, String suffix) {
        return node.isURI() && node.getURI().startsWith(PCK.ID) ? NodeFactory.createURI(node.getURI() + suffix) : node;
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                pool.resetPeakUsage();
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                peak += pool.getPeakUsage().getUsed();
        return peak / (1024 * 1024);
    }
}
