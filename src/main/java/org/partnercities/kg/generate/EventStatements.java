package org.partnercities.kg.generate;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The statements about an event, as the curated data makes them (LODE and schema.org through our
 * properties), each entity it names introduced in the graph.
 */
final class EventStatements {

    private final Population population;
    private final QuadSink sink;
    private final Identities identities;
    private final Runnable onEvent;

    EventStatements(Population population, QuadSink sink, Identities identities, Runnable onEvent) {
        this.population = population;
        this.sink = sink;
        this.identities = identities;
        this.onEvent = onEvent;
    }

    /** The event itself: kind, labels, date, format and, in person, its city. */
    Node event(int index, EventKind kind, City host, Dates date, boolean distance, String russian, String english) {
        Node event = Terms.id("event", kind.slug + "-" + host.slug() + "-" + date.year() + "-" + (index + 1));
        sink.add(event, Terms.TYPE, kind.type);
        sink.add(event, Terms.LABEL, Terms.ru(russian));
        sink.add(event, Terms.LABEL, Terms.en(english));
        sink.add(event, date.predicate(), date.value());
        sink.add(event, Terms.EVENT_FORMAT, distance ? Terms.DISTANCE : Terms.IN_PERSON);
        if (!distance) {
            identities.city(host);
            sink.add(event, Terms.IN_CITY, host.iri());
        }
        onEvent.run();
        return event;
    }

    int venue(Node event, int school) {
        School venue = population.school(school);
        identities.school(venue);
        sink.add(event, Terms.VENUE, venue.iri());
        return school;
    }

    void organizer(Node event, City city) {
        identities.cityAuthority(city);
        sink.add(event, Terms.ORGANIZER, city.authority());
    }

    void programme(Node event) {
        identities.mutualLearning();
        sink.add(event, Terms.WITHIN_PROGRAMME, Terms.MUTUAL_LEARNING);
    }

    void participant(Node event, int school) {
        School participant = population.school(school);
        identities.school(participant);
        sink.add(event, Terms.PARTICIPANT, participant.iri());
    }

    void topic(Node event, Concept topic) {
        identities.concept(topic);
        sink.add(event, Terms.TOPIC, topic.iri());
    }

    /** A speaker or presenter, unless already one of the event's ({@code already}, added to). */
    void speaker(Node event, Node role, Person person, List<Person> already) {
        if (already.contains(person))
            return;
        already.add(person);
        identities.person(person);
        sink.add(event, role, person.iri());
    }
}
