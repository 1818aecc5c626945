package org.partnercities.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.partnercities.kg.load.BulkLoader;

/**
 * The store a scale benchmark measures: the synthetic data at a scale (seed 1), loaded by the
 * {@code kg load} path into {@code WORKDIR/store-<scale>} once, and reused on later runs (a load
 * at scale 1 takes many minutes). A store is only reused once its load finished: the load writes
 * a marker file last.
 */
final class ScaleStore {

    private static final String DONE = "loaded.txt";

    private ScaleStore() {}

    /** The store directory for {@code scale} under {@code workdir}, generated and loaded if not there yet. */
    static Path prepare(double scale, Path workdir) throws IOException {
        Path store = workdir.resolve("store-" + scale);
        if (Files.exists(store.resolve(DONE)))
            return store;
        Files.createDirectories(workdir);
        Path file = workdir.resolve("synthetic-" + scale + ".nq.gz");
        System.err.printf(Locale.ROOT, "Generating scale %s into %s…%n", scale, file);
        long statements = LoadBenchmark.generate(scale, file);
        System.err.printf(Locale.ROOT, "Loading %,d statements into %s (kg load)…%n", statements, store);
        BulkLoader.Result result = LoadBenchmark.kgLoad(file, LoadBenchmark.fresh(store));
        Files.writeString(store.resolve(DONE), String.format(Locale.ROOT,
                "scale %s, seed 1: %d input statements, %d stored (%d inferred), %d graphs, loaded in %.1f s%n",
                scale, statements, result.statements(), result.inferred(), result.graphs(), result.duration().toMillis() / 1000.0));
        return store;
    }

    /** What the load wrote in its marker file. */
    static String loadNote(Path store) throws IOException {
        return Files.readString(store.resolve(DONE)).strip();
    }
}
