package org.partnercities.kg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Partner Cities KG: the knowledge graph of the mutual learning of cities, served as linked data. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerCitiesKgApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerCitiesKgApplication.class, args);
    }
}
