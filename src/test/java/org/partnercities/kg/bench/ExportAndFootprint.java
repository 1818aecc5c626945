package org.partnercities.kg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.dump.DumpWriter;

/**
 * Items 5 and 6: the dump's throughput and peak heap beside Jena's riot converting the same
 * statements, and the store's size on disk and the heap in use per million stored statements.
 */
final class ExportAndFootprint {

    /** A dump format's figures; heap figures are the rise of the peak above the heap in use before. */
    record Dump(DumpFormat format, long statements, double oursSeconds, double riotSeconds, long oursPeakMb, long riotPeakMb) {
        boolean met() {
            return oursPeakMb <= Math.max(riotPeakMb, 64);
        }
    }

    /** Item 6's figures. */
    record Footprint(long statements, long tdbBytes, long luceneBytes, long heapBytes) {}

    private ExportAndFootprint() {}

    /**
     * Writes the dump in {@code format} to a file (the warm-up, and riot's input), then times it
     * again to nowhere, then riot converting that file to the same format, gzip-compressed.
     */
    static Dump dump(DumpWriter dumps, DumpFormat format, Path workdir) throws IOException {
        Path file = workdir.resolve("dump." + format.extension() + ".gz");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            dumps.write(format, out, n -> { });
        }
        long before = heapAfterGcMb();
        DumpBenchmark.resetPeaks();
        long start = System.nanoTime();
        long statements = dumps.write(format, OutputStream.nullOutputStream(), n -> { });
        double ours = (System.nanoTime() - start) / 1e9;
        long oursPeak = DumpBenchmark.peakHeapMb() - before;

        before = heapAfterGcMb();
        DumpBenchmark.resetPeaks();
        start = System.nanoTime();
        DumpBenchmark.riot(file, format.extension());
        double riot = (System.nanoTime() - start) / 1e9;
        long riotPeak = DumpBenchmark.peakHeapMb() - before;
        System.err.printf(Locale.ROOT, "  dump %s: %d statements, ours %.1f s, riot %.1f s%n", format.extension(), statements, ours, riot);
        return new Dump(format, statements, ours, riot, Math.max(0, oursPeak), Math.max(0, riotPeak));
    }

    static Table dumpTable(List<Dump> dumps) {
        Table table = new Table("5. Export: dump vs riot",
                "Our dump code path (DumpWriter, as /dumps/… and `kg export`; gzip) writing to nowhere, beside Jena's "
                        + "`riot --output=FMT --compress` converting our own dump of the same statements (read from its "
                        + ".gz file) in this JVM. Peak heap: the rise of the heap pools' peak above the heap in use after "
                        + "a full GC just before. Aim: peak memory flat, i.e. the dump's rise no larger than riot's and "
                        + "not growing with the data (≤ max(riot's, 64 MB)).",
                "format", "statements", "ours statements/s", "riot statements/s", "ours/riot", "ours peak rise MB",
                "riot peak rise MB", "aim", "verdict");
        for (Dump d : dumps)
            table.row(d.format().extension(), d.statements(), String.format(Locale.ROOT, "%.0f", d.statements() / d.oursSeconds()),
                    String.format(Locale.ROOT, "%.0f", d.statements() / d.riotSeconds()),
                    String.format(Locale.ROOT, "%.2f", d.riotSeconds() / d.oursSeconds()), d.oursPeakMb(), d.riotPeakMb(),
                    "peak flat (≤ riot's or 64 MB)", Table.verdict(d.met()));
        return table;
    }

    /** Statements in all graphs, the store's directories' sizes and the heap after a full GC. */
    static Footprint footprint(DatasetGraph dataset, Path store) throws IOException {
        long statements = Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.find(); it.hasNext(); it.next())
                n++;
            return n;
        });
        return new Footprint(statements, LoadBenchmark.size(store.resolve("tdb2")), LoadBenchmark.size(store.resolve("lucene")),
                heapAfterGcMb() * 1024 * 1024);
    }

    static Table footprintTable(Footprint f) {
        double millions = f.statements() / 1e6;
        Table table = new Table("6. Memory and disk",
                "With the application running on the store: statements counted over all named graphs; the tdb2/ and "
                        + "lucene/ directories' sizes; heap in use after a full GC (TDB2's memory-mapped files are outside "
                        + "the heap). The issue sets no aim: figures to watch.",
                "what", "total", "per million statements", "aim", "verdict");
        table.row("stored statements (quads)", f.statements(), "—", "—", "reported");
        List<Object[]> sizes = new ArrayList<>();
        sizes.add(new Object[] {"TDB2 on disk", f.tdbBytes()});
        sizes.add(new Object[] {"Lucene index on disk", f.luceneBytes()});
        sizes.add(new Object[] {"store on disk, total", f.tdbBytes() + f.luceneBytes()});
        sizes.add(new Object[] {"heap in use after full GC", f.heapBytes()});
        for (Object[] s : sizes)
            table.row(s[0], String.format(Locale.ROOT, "%.1f MB", (long) s[1] / 1e6),
                    String.format(Locale.ROOT, "%.1f MB", (long) s[1] / 1e6 / millions), "—", "reported");
        return table;
    }

    static long heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
