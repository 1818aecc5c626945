package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command whose expected failures ({@link CliException}) become a message on stderr and an exit code. */
abstract class CliCommand implements Callable<Integer> {

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } catch (CliException e) {
            System.err.println(e.getMessage());
            return e.exitCode;
        }
    }

    abstract int run() throws Exception;

    /** {@code file}, if it is a regular file; otherwise a {@link CliException} (exit 2) naming it. */
    static Path existingFile(Path file) {
        if (!Files.isRegularFile(file))
            throw new CliException(2, file + ": no such file");
        return file;
    }
}
