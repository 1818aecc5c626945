package org.partnercities.kg.generate;

import java.util.Map;

import org.apache.jena.graph.Node;

/** A family of source graphs of one kind (places, schools, events …), written one graph at a time. */
abstract class Batches {

    /** What every family writes with. */
    record Context(Population population, QuadSink sink, Identities identities, SourceDocuments sources,
                   Map<Kind, Long> tally) {}

    protected final Population population;
    protected final QuadSink sink;
    protected final Identities identities;
    protected final SourceDocuments sources;
    private final Map<Kind, Long> tally;

    Batches(Context context) {
        this.population = context.population();
        this.sink = context.sink();
        this.identities = context.identities();
        this.sources = context.sources();
        this.tally = context.tally();
    }

    /** How many graphs this family writes. */
    abstract int count();

    /** Writes graph number {@code batch} (from 0), source description first. */
    abstract void write(int batch);

    protected void counted(Kind kind) {
        tally.merge(kind, 1L, Long::sum);
    }

    /** A person in full: name, labels, the short written form («Ситнова Е. В.»). */
    protected void person(Person person) {
        identities.person(person);
        sink.add(person.iri(), Terms.FOAF_NAME, Terms.ru(person.name().russian()));
        sink.add(person.iri(), Terms.ALT_LABEL, Terms.ru(person.name().initials()));
        counted(Kind.PEOPLE);
    }

    /** A W3C ORG membership: the person holds the role in the organisation; the label says so in Russian. */
    protected void membership(Person person, String roleSlug, Node role, Node organization, String russianLabel) {
        Node membership = Terms.id("membership", person.slug() + "-" + roleSlug);
        sink.add(membership, Terms.TYPE, Terms.MEMBERSHIP);
        sink.add(membership, Terms.LABEL, Terms.ru(person.name().russian() + " — " + russianLabel));
        sink.add(membership, Terms.MEMBER, person.iri());
        sink.add(membership, Terms.ORGANIZATION, organization);
        sink.add(membership, Terms.ROLE, role);
        counted(Kind.MEMBERSHIPS);
    }
}
