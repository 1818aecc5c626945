package org.partnercities.kg.dump;

import org.partnercities.kg.store.DumpConnection;
import org.partnercities.kg.store.QueryLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's dump writer reads through the store's dump connection. */
@Configuration(proxyBeanMethods = false)
class DumpConfiguration {

    @Bean
    DumpWriter dumpWriter(DumpConnection dumps, QueryLibrary queries) {
        return new DumpWriter(dumps.connection(), queries);
    }
}
