package org.partnercities.kg.api;

/** Nothing in the graph has this id: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String id) {
        super("No entity with id '" + id + "' in the graph");
    }
}
