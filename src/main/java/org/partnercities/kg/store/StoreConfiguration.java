package org.partnercities.kg.store;

import org.apache.jena.rdfconnection.RDFConnection;
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

        /** The same connection: the embedded store lets a dump set its own time limit. */
        @Bean(destroyMethod = "close")
        DumpConnection dumpConnection(RDFConnection connection) {
            return DumpConnection.shared(connection);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kg.store.mode", havingValue = "remote")
    static class Remote {

        @Bean(destroyMethod = "close")
        RDFConnection rdfConnection(StoreProperties properties) {
            return RemoteConnections.to(properties.remote(), properties.remote().query());
        }

        @Bean(destroyMethod = "close")
        DumpConnection dumpConnection(StoreProperties properties, RDFConnection connection) {
            return RemoteConnections.dumps(properties.remote(), connection);
        }
    }
}
