package org.partnercities.kg.store;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store and the one way application code reaches it: an {@link RDFConnection}. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedStore embeddedStore(StoreProperties properties) {
        return EmbeddedStore.open(properties.directory(), properties.queryTimeout());
    }

    @Bean(destroyMethod = "close")
    RDFConnection rdfConnection(EmbeddedStore store) {
        return RDFConnection.connect(DatasetFactory.wrap(store.dataset()));
    }
}
