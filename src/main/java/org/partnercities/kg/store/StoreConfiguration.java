package org.partnercities.kg.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store and the one way application code reaches it: an {@link RDFConnection}, to the embedded
 * TDB2 store ({@code kg.store.mode=embedded}, the default) or to a remote SPARQL 1.1 store
 * ({@code kg.store.mode=remote}).
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kg.store.mode", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedStore embeddedStore(StoreProperties properties) {
            return EmbeddedStore.open(properties.directory(), properties.queryTimeout());
        }

        @Bean(destroyMethod = "close")
        RDFConnection rdfConnection(EmbeddedStore store) {
            return store.connect();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kg.store.mode", havingValue = "remote")
    static class Remote {

        @Bean(destroyMethod = "close")
        RDFConnection rdfConnection(StoreProperties properties) {
            StoreProperties.Remote remote = properties.remote();
            if (remote.url() == null)
                throw new IllegalStateException("kg.store.mode=remote needs kg.store.remote.url (the dataset URL)");
            return RDFConnectionRemote.newBuilder()
                    .queryEndpoint(remote.endpoint(remote.query()))
                    .updateEndpoint(remote.endpoint(remote.update()))
                    .gspEndpoint(remote.endpoint(remote.gsp()))
                    // Queries travel in the body: no URL length limit, and no character that the
                    // GET URL would have to carry (Jena's GET encoding lets some through unescaped).
                    .querySendMode(QuerySendMode.asPost)
                    .httpClient(httpClient(remote))
                    .build();
        }

        /** Answers the store's authentication challenge (on updates) with the configured user. */
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
}
