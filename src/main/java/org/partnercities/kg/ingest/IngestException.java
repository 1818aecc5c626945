package org.partnercities.kg.ingest;

/** A report that cannot be ingested (empty, binary, not Russian, too long…): the message says what and where. */
public class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }
}
