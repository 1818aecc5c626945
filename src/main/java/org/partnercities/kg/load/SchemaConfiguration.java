package org.partnercities.kg.load;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ontology, shapes and rules that every change is checked against, read once at start-up. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    SourceSchema sourceSchema(SourceProperties sources) {
        return SourceSchema.read(SourceFiles.scan(sources.ontology(), sources.data()));
    }
}
