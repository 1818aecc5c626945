package org.partnercities.kg.cli;

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
}
