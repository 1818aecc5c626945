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

    private final Path file;

    public LoadState(Path storeDirectory) {
        this.file = storeDirectory.resolve(FILE);
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
