package org.partnercities.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.partnercities.kg.vocab.PCK;
import org.partnercities.kg.generate.Generator;
import org.partnercities.kg.load.BulkLoader;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.store.EmbeddedStore;

/**
 * Load throughput on the same generated file, side by side in one run: Jena's parser alone
 * ({@code riot --sink}, the ceiling), Jena's {@code tdb2.tdbloader} (plain TDB2, no index, no
 * checks) and our {@code kg load} path ({@link BulkLoader}: materialisation, SHACL validation per
 * source graph, text index, one transaction); then, as a second baseline, {@code tdb2.tdbloader} on
 * a dump of what {@code kg load} stored (input plus derived statements), which separates the cost
 * of writing the derived statements from the cost of our own work; and last, {@code tdb2.tdbloader}
 * on that dump less the entailments into other vocabularies, which is what storing only our own
 * ontology's entailments would cost to write. Rates are input statements per second.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnercities.kg.bench.LoadBenchmark -Dexec.args="0.1 target/bench"</pre>
 */
public final class LoadBenchmark {

    /** One contender's figures. */
    public record Row(String what, long statements, long written, Duration took, long storeBytes) {
        double rate() {
            return statements * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        System.out.println(report(scale, run(scale, dir)));
    }

    /** Generates the data at {@code scale} in {@code dir} and loads it three ways. */
    public static List<Row> run(double scale, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("synthetic-" + scale + ".nq.gz");
        long statements = generate(scale, file);
        List<Row> rows = new ArrayList<>();

        long start = System.nanoTime();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(StreamRDFLib.sinkNull());
        }
        rows.add(new Row("riot --sink (parse only)", statements, 0, since(start), 0));

        Path tdb = fresh(dir.resolve("tdbloader"));
        start = System.nanoTime();
        tdb2.tdbloader.main("--loc", tdb.toString(), "--quiet", file.toString()); // returns; exits only on failure
        rows.add(new Row("tdb2.tdbloader", statements, statements, since(start), size(tdb)));

        Path ours = fresh(dir.resolve("kg-load"));
        start = System.nanoTime();
        long written = kgLoad(file, ours).statements();
        rows.add(new Row("kg load (materialise, validate, text index)", statements, written, since(start), size(ours)));

        Path stored = dir.resolve("kg-load-dump.nq.gz");
        try (EmbeddedStore store = EmbeddedStore.open(ours, Duration.ofHours(1));
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(stored), 1 << 16)) {
            store.dataset().executeRead(() -> RDFDataMgr.write(out, store.dataset(), Lang.NQUADS));
        }
        Path tdbOfStored = fresh(dir.resolve("tdbloader-stored"));
        start = System.nanoTime();
        tdb2.tdbloader.main("--loc", tdbOfStored.toString(), "--quiet", stored.toString());
        rows.add(new Row("tdb2.tdbloader of what kg load stores", statements, written, since(start), size(tdbOfStored)));

        Path own = dir.resolve("kg-load-own.nq.gz");
        long ownWritten = withoutExternalEntailments(file, stored, own);
        Path tdbOfOwn = fresh(dir.resolve("tdbloader-own"));
        start = System.nanoTime();
        tdb2.tdbloader.main("--loc", tdbOfOwn.toString(), "--quiet", own.toString());
        rows.add(new Row(OWN_ROW, statements, ownWritten, since(start), size(tdbOfOwn)));
        return rows;
    }

    /** The last row: what writing less would buy (docs/PERFORMANCE.md, "What the derived statements are"). */
    static final String OWN_ROW = "tdb2.tdbloader of what kg load stores, less the entailments into other vocabularies";

    /**
     * Writes to {@code out} the statements of {@code stored} that are in {@code input} or that our
     * own ontology implies: a derived statement is kept when its term (the class of an rdf:type
     * statement, otherwise the property) is ours, or is org:memberOf, which a rule of ours writes.
     * What goes are the superclass types and super-properties in schema.org, FOAF, ORG, PROV, DC,
     * LODE and SKOS. Returns how many were written.
     */
    static long withoutExternalEntailments(Path input, Path stored, Path out) throws IOException {
        long[] given = quadHashes(input);
        long[] kept = {0};
        try (InputStream in = new GZIPInputStream(Files.newInputStream(stored), 1 << 16);
             OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            writer.start();
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    Node term = RDF.type.asNode().equals(quad.getPredicate()) ? quad.getObject() : quad.getPredicate();
                    boolean ours = term.isURI() && (term.getURI().startsWith(PCK.NS) || term.getURI().equals(ORG_MEMBER_OF));
                    if (ours || Arrays.binarySearch(given, hash(quad)) >= 0) {
                        writer.quad(quad);
                        kept[0]++;
                    }
                }
            });
            writer.finish();
        }
        return kept[0];
    }

    private static final String ORG_MEMBER_OF = "http://www.w3.org/ns/org#memberOf";

    /** The sorted 64-bit hashes of the quads of an N-Quads file (a set that fits at scale 1). */
    private static long[] quadHashes(Path file) throws IOException {
        long[][] hashes = {new long[1 << 20]};
        int[] n = {0};
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (n[0] == hashes[0].length)
                        hashes[0] = Arrays.copyOf(hashes[0], n[0] * 2);
                    hashes[0][n[0]++] = hash(quad);
                }
            });
        }
        long[] sorted = Arrays.copyOf(hashes[0], n[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    private static long hash(Quad quad) {
        long h = quad.getGraph().hashCode();
        h = h * 0x9E3779B97F4A7C15L + quad.getSubject().hashCode();
        h = h * 0x9E3779B97F4A7C15L + quad.getPredicate().hashCode();
        h = h * 0x9E3779B97F4A7C15L + quad.getObject().hashCode();
        return h ^ (h >>> 31);
    }

    /** Generates the data at {@code scale} (seed 1) into {@code file}; returns the statements written. */
    static long generate(double scale, Path file) throws IOException {
        return new Generator(scale, 1).writeTo(file, (graphs, quads) -> { }).quads();
    }

    /** Loads {@code file} into a store in {@code storeDir} the way {@code kg load} does. */
    static BulkLoader.Result kgLoad(Path file, Path storeDir) {
        SourceSchema schema = SourceSchema.read(SourceFiles.scan(Path.of("ontology"), Path.of("ontology")));
        try (EmbeddedStore store = EmbeddedStore.open(storeDir, Duration.ofHours(1))) {
            BulkLoader.Result result = new BulkLoader(store.dataset(), schema).load(List.of(file), in -> in);
            if (!result.violations().isEmpty())
                throw new IllegalStateException("The generated data does not conform: " + result.violations().get(0));
            return result;
        }
    }

    /** The rows as a Markdown table, each rate beside tdbloader's. */
    public static String report(double scale, List<Row> rows) {
        double baseline = rows.stream().filter(r -> r.what().startsWith("tdb2.tdbloader")).findFirst().orElseThrow().rate();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Load at scale %s (%,d input statements):%n%n| | time | input statements/s | × tdbloader | statements written | store on disk |%n|---|---:|---:|---:|---:|---:|%n",
                scale, rows.get(0).statements()));
        for (Row row : rows)
            out.append(String.format(Locale.ROOT, "| %s | %.1f s | %,.0f | %.2f | %s | %s |%n", row.what(),
                    row.took().toMillis() / 1000.0, row.rate(), row.rate() / baseline,
                    row.written() == 0 ? "—" : String.format(Locale.ROOT, "%,d", row.written()),
                    row.storeBytes() == 0 ? "—" : String.format(Locale.ROOT, "%.0f MB", row.storeBytes() / 1e6)));
        return out.toString();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir))
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        return Files.createDirectories(dir);
    }

    static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
