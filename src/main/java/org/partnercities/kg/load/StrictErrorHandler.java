package org.partnercities.kg.load;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Curated sources are held to the strictest standard: warnings (a bad IRI, a literal that does not
 * match its datatype) fail the read as errors do, with their line and column.
 */
public final class StrictErrorHandler implements ErrorHandler {

    public static final StrictErrorHandler INSTANCE = new StrictErrorHandler();

    @Override
    public void warning(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }
}
