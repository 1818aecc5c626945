package org.partnercities.kg.web;

import org.springframework.util.unit.DataSize;

/** A request body over {@code kg.limits.max-body-size} (answered 413). */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(DataSize limit) {
        super("The request body is larger than the limit of " + limit.toBytes() + " bytes (kg.limits.max-body-size)");
    }
}
