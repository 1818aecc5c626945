package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/** A person with a name; the number in the slug keeps namesakes apart ({@code person/sitnova-elena-vladimirovna-17}). */
record Person(long index, PersonName name, String slug, Node iri) {

    static Person of(long index, PersonName name) {
        String slug = name.slug() + "-" + (index + 1);
        return new Person(index, name, slug, Terms.id("person", slug));
    }
}
