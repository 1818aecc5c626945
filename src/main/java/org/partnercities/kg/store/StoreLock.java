package org.partnercities.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.jena.dboe.base.file.AlreadyLocked;

/**
 * One process at a time per store directory, taken before anything in it is touched (TDB2's own
 * lock covers only {@code tdb2/}, and a staged build must not be recovered under a running load).
 * The operating system drops the lock when the process dies.
 */
final class StoreLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws AlreadyLocked if another process, or this one, holds the store */
    static StoreLock take(Path directory) {
        Path file = directory.resolve("store.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyLocked("The store " + directory + " is in use");
            }
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the store in " + directory, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
