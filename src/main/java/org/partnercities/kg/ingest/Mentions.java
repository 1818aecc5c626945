package org.partnercities.kg.ingest;

import java.util.List;

import org.apache.jena.graph.Node;

/** What the extractors find in a sentence, by token positions ({@code from} inclusive, {@code to} exclusive). */
final class Mentions {

    private Mentions() {}

    /** A city or region, by name or by its adjective («ивановской»). */
    record Place(Node iri, Gazetteer.Place place, int from, int to, boolean adjective) {}

    /** A date or period; {@code value} is typed (xsd:date, gYearMonth, gYear); {@code end} for a range. */
    record Date(Node value, Node end, int from, int to, boolean start, String note) {}

    /** A school, gymnasium, college…: {@code iri} is set once its city is known. */
    record Institution(Node iri, int from, int to) {}

    /** A person by name. */
    record Person(Node iri, int from, int to) {}

    /** An organisation (authority, government, centre, enterprise, group). */
    record Organisation(Node iri, int from, int to) {}

    /** A practice or theme of the concept scheme. */
    record Practice(Node iri, int from, int to) {}

    /** A programme («Взаимообучение городов»). */
    record Programme(Node iri, int from, int to) {}

    static boolean overlaps(int from, int to, List<int[]> spans) {
        for (int[] span : spans)
            if (from < span[1] && span[0] < to)
                return true;
        return false;
    }
}
