package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/** A town, ranked by size (0 is the largest), in a region, with its education authority. */
record City(int index, CityName name, int region, String slug, Node iri, Node authority) {

    static City of(int index, CityName name, int region) {
        String slug = name.slug();
        return new City(index, name, region, slug, Terms.id("city", slug), Terms.id("authority", slug + "-education-department"));
    }

    String russian() {
        return name.nominative();
    }

    String english() {
        return name.english();
    }

    /** «Управление образования города Каменска» */
    String authorityRussian() {
        return "Управление образования города " + name.genitive();
    }

    /** "Kamensk Education Department" */
    String authorityEnglish() {
        return english() + " Education Department";
    }
}
