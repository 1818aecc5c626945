package org.partnercities.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A store built whole beside the live one ({@code STORE/staging}) and then put in its place. The
 * commit point is one atomic file creation, {@code staging/READY}: before it the build is thrown
 * away, after it the parts are moved in, and a crash at any moment in between is finished by the
 * next {@link #recover} (every step can be repeated). So the store is either as it was or holds the
 * whole build, data and text index together.
 */
final class StagedBuild {

    static final String STAGING = "staging";
    static final List<String> PARTS = List.of("tdb2", "lucene");
    private static final String READY = "READY";

    private StagedBuild() {}

    static Path directory(Path store) {
        return store.resolve(STAGING);
    }

    /** Removes whatever an earlier build left, so a new one starts from nothing. */
    static Path fresh(Path store) {
        Path staging = directory(store);
        deleteTree(staging);
        return staging;
    }

    /** Commits the build (it must be closed): marks it ready, then moves it into place. */
    static void promote(Path store) {
        markReady(store);
        recover(store);
    }

    /** The commit point: once the marker is on disk, the build will replace the live store. */
    static void markReady(Path store) {
        Path staging = directory(store);
        for (String part : PARTS)
            if (!Files.isDirectory(staging.resolve(part)))
                throw new IllegalStateException("The staged store has no " + part + "/: " + staging);
        try {
            fsyncTree(staging);
            Path marker = Files.writeString(staging.resolve(READY + ".tmp"), "ready\n");
            fsync(marker);
            move(marker, staging.resolve(READY));
            fsync(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the staged store in " + staging, e);
        }
    }

    /**
     * Finishes or throws away a build found in {@code store} (called before the store is opened,
     * under its lock): a ready build replaces the live parts, an unfinished one is deleted.
     */
    static void recover(Path store) {
        Path staging = directory(store);
        if (!Files.isDirectory(staging))
            return;
        if (Files.exists(staging.resolve(READY))) {
            try {
                for (String part : PARTS) {
                    Path staged = staging.resolve(part);
                    if (Files.isDirectory(staged)) {
                        deleteTree(store.resolve(part));
                        move(staged, store.resolve(part));
                    }
                }
                fsync(store);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot move the staged store into " + store, e);
            }
        }
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system cannot rename " + from + " atomically", e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root))
            return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator)
                Files.deleteIfExists(path);
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    private static void fsyncTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator)
                fsync(path);
        }
    }

    /** Forces a file, or a directory's entries, to disk. */
    private static void fsync(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory)
                throw e; // some platforms cannot open a directory; its entries are then synced with the files
        }
    }
}
