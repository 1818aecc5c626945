package org.partnercities.kg.cli;

/** A command failed for a reason the user can act on: the message is printed, the exit code returned. */
final class CliException extends RuntimeException {

    final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }
}
