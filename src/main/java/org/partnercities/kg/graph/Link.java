package org.partnercities.kg.graph;

/**
 * A stored statement between two entities, seen from {@code from}: {@code out} if the statement
 * is {@code from property to}, {@code in} if it is {@code to property from}.
 */
public record Link(String from, String property, String to, String direction) {
}
