package org.partnercities.kg.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connections to a remote SPARQL 1.1 store ({@code kg.store.mode=remote}). */
public final class RemoteConnections {

    private static final Logger log = LoggerFactory.getLogger(RemoteConnections.class);

    private RemoteConnections() {}

    /** A connection to the store whose queries go to {@code queryEndpoint} (relative to the dataset URL, or absolute). */
    public static RDFConnection to(StoreProperties.Remote remote, String queryEndpoint) {
        if (remote.url() == null)
            throw new IllegalStateException("kg.store.mode=remote needs kg.store.remote.url (the dataset URL)");
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(remote.endpoint(queryEndpoint))
                .updateEndpoint(remote.endpoint(remote.update()))
                .gspEndpoint(remote.endpoint(remote.gsp()))
                // Queries travel in the body: no URL length limit, and no character that the
                // GET URL would have to carry (Jena's GET encoding lets some through unescaped).
                .querySendMode(QuerySendMode.asPost)
                .httpClient(httpClient(remote))
                .build();
    }

    /**
     * The connection dumps read through: the dataset's dump endpoint, which has its own time limit on
     * the server (deploy/fuseki) and needs the store's user. Without one, {@code connection} (the
     * query endpoint, under its limit for questions), and a warning.
     */
    public static DumpConnection dumps(StoreProperties.Remote remote, RDFConnection connection) {
        if (remote.username() == null || remote.password() == null) {
            log.warn("No kg.store.remote.username/password: dumps read through the query endpoint, under its time limit");
            return DumpConnection.shared(connection);
        }
        return new DumpConnection(to(remote, remote.dump()), true);
    }

    /** Answers the store's authentication challenge (on updates and dumps) with the configured user. */
    static HttpClient httpClient(StoreProperties.Remote remote) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (remote.username() != null && remote.password() != null) {
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(remote.username(), remote.password().toCharArray());
                }
            });
        }
        return builder.build();
    }
}
