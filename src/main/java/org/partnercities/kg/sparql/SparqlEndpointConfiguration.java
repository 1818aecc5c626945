package org.partnercities.kg.sparql;

import java.net.URI;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.fuseki.system.FusekiCore;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.StoreProperties;
import org.partnercities.kg.web.RequestBodies;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The public SPARQL 1.1 Protocol endpoint at {@value #PATH}, read-only. Every query first passes
 * the {@link QueryGuardFilter}. With the embedded store, Fuseki's own query processing answers,
 * registered as a servlet filter in the application's Tomcat so that it answers on the
 * application's port, with only the query operation. With a remote store, the query is passed on
 * to the store's query endpoint ({@link RemoteSparqlProxy}).
 */
@Configuration(proxyBeanMethods = false)
class SparqlEndpointConfiguration {

    static final String PATH = "/sparql";
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<QueryGuardFilter> sparqlQueryGuard(SparqlProperties properties, RequestBodies bodies) {
        FilterRegistrationBean<QueryGuardFilter> registration =
                new FilterRegistrationBean<>(new QueryGuardFilter(properties.maxRows(), bodies));
        registration.addUrlPatterns(PATH, PATH + "/*");
        registration.setOrder(ORDER - 1);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kg.store.mode", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean
        ServletContextInitializer fusekiRegistries(EmbeddedStore store) {
            return servletContext -> {
                FusekiCore.init();
                DataService service = DataService.newBuilder(store.dataset())
                        .addEndpoint(Operation.Query, "")
                        .build();
                OperationRegistry operations = OperationRegistry.createStd();
                service.setEndpointProcessors(operations);
                service.goActive();
                DataAccessPointRegistry registry = new DataAccessPointRegistry();
                registry.register(new DataAccessPoint(PATH, service));
                OperationRegistry.set(servletContext, operations);
                DataAccessPointRegistry.set(servletContext, registry);
            };
        }

        @Bean
        FilterRegistrationBean<FusekiFilter> fusekiFilter() {
            FilterRegistrationBean<FusekiFilter> registration = new FilterRegistrationBean<>(new FusekiFilter());
            registration.addUrlPatterns(PATH, PATH + "/*");
            registration.setOrder(ORDER);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kg.store.mode", havingValue = "remote")
    static class Remote {

        @Bean
        FilterRegistrationBean<RemoteSparqlProxy> remoteSparqlProxy(StoreProperties store) {
            URI endpoint = URI.create(store.remote().endpoint(store.remote().query()));
            FilterRegistrationBean<RemoteSparqlProxy> registration = new FilterRegistrationBean<>(
                    new RemoteSparqlProxy(endpoint, store.queryTimeout().plusSeconds(5)));
            registration.addUrlPatterns(PATH, PATH + "/*");
            registration.setOrder(ORDER);
            return registration;
        }
    }
}
