package org.partnercities.kg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The digest of the sources last loaded into a store, kept in a file in the store's directory.
 * It is written after the load commits: a crash in between only causes one more (idempotent) load.
 */
public final class LoadState {

    static final String FILE = "sources.sha256";
    static final String GRAPHS_FILE = "sources.graphs";

    private final Path file;
    private final Path graphsFile;

    public LoadState(Path storeDirectory) {
        this.file = storeDirectory.resolve(FILE);
        this.graphsFile = storeDirectory.resolve(GRAPHS_FILE);
    }

    /** The named graphs the last load took from the files (empty if unknown). */
    public java.util.Set<String> loadedGraphs() {
        try {
            return Files.exists(graphsFile)
                    ? new java.util.LinkedHashSet<>(Files.readAllLines(graphsFile).stream().filter(l -> !l.isBlank()).toList())
                    : java.util.Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records a load from files: the graphs it wrote, then (last, atomically) the digest. */
    public void recordLoaded(String digest, java.util.Collection<String> graphs) {
        try {
            Path tmp = graphsFile.resolveSibling(GRAPHS_FILE + ".tmp");
            Files.write(tmp, graphs);
            Files.move(tmp, graphsFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordLoaded(digest);
    }

    public Optional<String> loadedDigest() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the sources were last loaded, if ever. */
    public Optional<java.time.Instant> lastLoaded() {
        try {
            return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void recordLoaded(String digest) {
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, digest + "\n");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
