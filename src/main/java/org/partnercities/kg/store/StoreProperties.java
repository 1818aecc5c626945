package org.partnercities.kg.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which store the application uses and how it answers.
 *
 * @param mode         {@code embedded} (TDB2 + Lucene in {@code directory}) or {@code remote} (a SPARQL
 *                     1.1 store such as a standalone Fuseki, see {@link Remote})
 * @param directory    the embedded store: TDB2 database in {@code tdb2/}, Lucene text index in
 *                     {@code lucene/}; in both modes also the digest of the loaded sources
 * @param queryTimeout how long a SPARQL query may run before the embedded store stops it
 * @param remote       the remote store, when {@code mode} is {@code remote}
 */
@ConfigurationProperties("kg.store")
public record StoreProperties(
        @DefaultValue("embedded") Mode mode,
        @DefaultValue("run/store") Path directory,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue Remote remote) {

    /** Where the data lives. */
    public enum Mode { EMBEDDED, REMOTE }

    /**
     * A remote SPARQL 1.1 store. Endpoints are resolved against {@code url}; the defaults are
     * Fuseki's.
     *
     * @param url      the dataset, e.g. {@code http://fuseki:3030/kg}
     * @param query    SPARQL 1.1 Query endpoint
     * @param update   SPARQL 1.1 Update endpoint
     * @param gsp      Graph Store Protocol endpoint
     * @param username user for updates (from the environment: {@code KG_STORE_REMOTE_USERNAME})
     * @param password its password ({@code KG_STORE_REMOTE_PASSWORD}); never in the code
     */
    public record Remote(URI url,
                         @DefaultValue("sparql") String query,
                         @DefaultValue("update") String update,
                         @DefaultValue("data") String gsp,
                         @DefaultValue("dump") String dump,
                         String username,
                         String password) {

        /** The absolute URL of an endpoint given relative to the dataset URL (or absolute). */
        public String endpoint(String endpoint) {
            String base = url.toString().endsWith("/") ? url.toString() : url + "/";
            return URI.create(base).resolve(endpoint).toString();
        }
    }
}
