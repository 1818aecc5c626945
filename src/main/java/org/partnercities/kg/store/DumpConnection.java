package org.partnercities.kg.store;

import org.apache.jena.rdfconnection.RDFConnection;

/**
 * The connection dumps read the whole graph through. For the embedded store it is the application's
 * own connection (a dump sets its own time limit there). A remote Fuseki applies its limit for
 * questions on its side, so there it is a connection of its own to the dataset's {@code dump}
 * endpoint, which the deployable configuration gives a limit of its own and opens to authenticated
 * users only.
 *
 * @param owned whether the connection is this object's own, to close with it
 */
public record DumpConnection(RDFConnection connection, boolean owned) implements AutoCloseable {

    /** Dumps through the application's own connection. */
    public static DumpConnection shared(RDFConnection connection) {
        return new DumpConnection(connection, false);
    }

    @Override
    public void close() {
        if (owned)
            connection.close();
    }
}
