package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/**
 * What a source graph states about every entity it names, so that the graph conforms to the
 * shapes on its own: its type, its labels and what its identity rests on (a school's number and
 * city). Written once per graph, in the full description and wherever the entity is only referred
 * to, always with the same values, so that the graphs agree with each other.
 */
final class Identities {

    private final QuadSink sink;

    Identities(QuadSink sink) {
        this.sink = sink;
    }

    void city(City city) {
        if (sink.firstMention(city.iri()))
            labelled(city.iri(), Terms.CITY, city.russian(), city.english());
    }

    void region(Region region) {
        if (sink.firstMention(region.iri()))
            labelled(region.iri(), Terms.REGION, region.russian(), region.english());
    }

    void cityAuthority(City city) {
        if (sink.firstMention(city.authority())) {
            labelled(city.authority(), Terms.EDUCATION_AUTHORITY, city.authorityRussian(), city.authorityEnglish());
            sink.add(city.authority(), Terms.LOCATED_IN, city.iri());
        }
        city(city);
    }

    void ministry(Region region) {
        if (sink.firstMention(region.ministry())) {
            labelled(region.ministry(), Terms.EDUCATION_AUTHORITY, region.ministryRussian(), region.ministryEnglish());
            sink.add(region.ministry(), Terms.LOCATED_IN, region.iri());
        }
        region(region);
    }

    void school(School school) {
        Node iri = school.iri();
        if (sink.firstMention(iri)) {
            sink.add(iri, Terms.TYPE, Terms.SCHOOL);
            if (school.kind().type != null)
                sink.add(iri, Terms.TYPE, school.kind().type);
            if (school.stateBudget())
                sink.add(iri, Terms.TYPE, Terms.STATE_BUDGET_SCHOOL);
            sink.add(iri, Terms.LABEL, Terms.ru(school.russian()));
            sink.add(iri, Terms.LABEL, Terms.en(school.english()));
            sink.add(iri, Terms.NUMBER, Terms.string(Integer.toString(school.number())));
            sink.add(iri, Terms.LOCATED_IN, school.city().iri());
        }
        city(school.city());
    }

    void person(Person person) {
        if (sink.firstMention(person.iri()))
            labelled(person.iri(), Terms.PERSON, person.name().russian(), person.name().english());
    }

    void concept(Concept concept) {
        if (sink.firstMention(concept.iri())) {
            labelled(concept.iri(), concept.theme() ? Terms.THEME : Terms.PRACTICE, concept.russian(), concept.english());
            sink.add(concept.iri(), Terms.IN_SCHEME, Terms.PRACTICES_SCHEME);
        }
    }

    /** The programme of the curated data, with the same labels. */
    void mutualLearning() {
        if (sink.firstMention(Terms.MUTUAL_LEARNING))
            labelled(Terms.MUTUAL_LEARNING, Terms.PROGRAMME, "Взаимообучение городов", "Mutual learning of cities");
    }

    private void labelled(Node iri, Node type, String russian, String english) {
        sink.add(iri, Terms.TYPE, type);
        sink.add(iri, Terms.LABEL, Terms.ru(russian));
        sink.add(iri, Terms.LABEL, Terms.en(english));
    }
}
