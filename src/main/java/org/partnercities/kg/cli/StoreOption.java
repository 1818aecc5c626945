package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.partnercities.kg.store.EmbeddedStore;

import picocli.CommandLine.Option;

/** {@code --store}: the embedded store directory a command works on (the server must not be running on it). */
final class StoreOption {

    @Option(names = "--store", defaultValue = "run/store", description = "Store directory (default: ${DEFAULT-VALUE})")
    Path store;

    /** Opens the store; {@link CliException} if it is missing (unless {@code create}) or in use. */
    EmbeddedStore open(boolean create) {
        if (!create && !Files.isDirectory(store.resolve("tdb2")))
            throw new CliException(2, "No store in " + store.toAbsolutePath() + "; start the application once to build it");
        try {
            return EmbeddedStore.open(store, Duration.ofHours(1));
        } catch (org.apache.jena.dboe.base.file.AlreadyLocked e) {
            throw new CliException(1, "The store " + store + " is in use by another process (is the server running?)");
        }
    }
}
