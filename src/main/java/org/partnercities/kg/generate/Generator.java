package org.partnercities.kg.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.partnercities.kg.vocab.PCK;

/**
 * Writes a synthetic graph of the programme at a chosen scale, in our ontology and conforming to
 * our shapes, one source graph after another straight to a streaming writer: memory does not grow
 * with the number of statements. The same scale and seed give the same bytes.
 *
 * <p>Scale 1 is the national scale: about 1,100 cities in 85 regions, 40,000 schools with their
 * directors and 500,000 teachers, 2,000 practices, 100,000 events, 20,000 agreements and 10,000
 * practice adoptions, some 11 million statements. Every name is synthetic (towns are built from
 * Russian stems and suffixes; no real city, school or person is described).
 */
public final class Generator {

    /** Told after each graph is written. */
    public interface Progress {
        void graphWritten(long graphs, long quads);
    }

    private static final String[][] PREFIXES = {
            {"pck", PCK.NS}, {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
            {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"}, {"xsd", "http://www.w3.org/2001/XMLSchema#"},
            {"skos", Terms.SKOS}, {"dcterms", Terms.DCTERMS}, {"org", Terms.ORG}, {"foaf", Terms.FOAF},
            {"country", PCK.ID + "country/"}, {"region", PCK.ID + "region/"}, {"city", PCK.ID + "city/"},
            {"auth", PCK.ID + "authority/"}, {"school", PCK.ID + "school/"}, {"person", PCK.ID + "person/"},
            {"mship", PCK.ID + "membership/"}, {"role", PCK.ID + "role/"}, {"prog", PCK.ID + "programme/"},
            {"practice", PCK.ID + "practice/"}, {"scheme", PCK.ID + "scheme/"}, {"event", PCK.ID + "event/"},
            {"format", PCK.ID + "format/"}, {"agr", PCK.ID + "agreement/"}, {"status", PCK.ID + "status/"},
            {"adopt", PCK.ID + "adoption/"}, {"period", PCK.ID + "period/"}, {"source", PCK.ID + "source/"}};

    private final double scale;
    private final long seed;
    private final Population population;

    /** A generator for the scale (above 0, at most 10) and seed. */
    public Generator(double scale, long seed) {
        this.scale = scale;
        this.seed = seed;
        this.population = new Population(Sizes.of(scale), seed);
    }

    /** How many named graphs (source documents) a run writes. */
    public long plannedGraphs() {
        Batches.Context context = context(new QuadSink(StreamRDFLib.sinkNull()), new EnumMap<>(Kind.class));
        return families(context).stream().mapToLong(Batches::count).sum();
    }

    /** Writes to a file, in the format its name asks for ({@link OutputFormat}), gzip-compressed if it ends in .gz. */
    public GenerationReport writeTo(Path file, Progress progress) throws IOException {
        OutputFormat format = OutputFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
                "Cannot tell the format of " + file + ": the name must end in " + OutputFormat.EXPECTED));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            if (!OutputFormat.gzip(file))
                return write(out, format, progress);
            // GZIPOutputStream writes a fixed header (no file name, no time), so equal input gives equal bytes.
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
                GenerationReport report = write(gzip, format, progress);
                gzip.finish();
                return report;
            }
        }
    }

    /** Writes the whole graph to the stream (which it does not close). */
    public GenerationReport write(OutputStream out, OutputFormat format, Progress progress) {
        long start = System.nanoTime();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.jena);
        stream.start();
        for (String[] prefix : PREFIXES)
            stream.prefix(prefix[0], prefix[1]);
        QuadSink sink = new QuadSink(stream);
        Map<Kind, Long> tally = new EnumMap<>(Kind.class);
        long graphs = 0;
        for (Batches family : families(context(sink, tally))) {
            for (int batch = 0; batch < family.count(); batch++) {
                family.write(batch);
                graphs++;
                progress.graphWritten(graphs, sink.quads());
            }
        }
        stream.finish();
        tally.put(Kind.SOURCES, graphs);
        return new GenerationReport(sink.quads(), graphs, tally, Duration.ofNanos(System.nanoTime() - start));
    }

    private Batches.Context context(QuadSink sink, Map<Kind, Long> tally) {
        return new Batches.Context(population, sink, new Identities(sink), new SourceDocuments(sink, seed, scale), tally);
    }

    private static List<Batches> families(Batches.Context context) {
        return List.of(new PlaceBatches(context), new PracticeBatches(context), new SchoolBatches(context),
                new EventBatches(context), new AgreementBatches(context));
    }
}
