package org.partnercities.kg.sparql;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.fuseki.system.FusekiCore;
import org.partnercities.kg.store.EmbeddedStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The public SPARQL 1.1 Protocol endpoint at {@value #PATH}: Fuseki's own query processing,
 * registered as a servlet filter in the application's Tomcat so that it answers on the
 * application's port. Only the query operation is registered: the endpoint is read-only.
 */
@Configuration(proxyBeanMethods = false)
class SparqlEndpointConfiguration {

    static final String PATH = "/sparql";

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
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
