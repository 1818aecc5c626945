package org.partnercities.kg.ingest;

import java.util.List;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Groups of people a report names without naming the people: a city's teachers («ивановских
 * педагогов»), its school directors («директорского корпуса ивановских школ»), and regional
 * coordinators («региональным координаторам из МБУ МЦ», members of that organisation).
 */
final class GroupExtractor {

    private GroupExtractor() {}

    static void extract(Report report) {
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (report.inQuotes(sentence, i) || !t.get(i).isWord())
                    continue;
                Mentions.Place adjective = OrganisationExtractor.placeAt(report, sentence, i);
                if (adjective != null && adjective.adjective() && i + 1 < t.size()
                        && (report.morphology.hasLemma(t.get(i + 1).text(), "педагог")
                        || report.morphology.hasLemma(t.get(i + 1).text(), "учитель"))
                        && report.morphology.readings(t.get(i + 1).text()).stream().anyMatch(Morphology.Reading::plural)) {
                    String adj = report.morphology.lemmas(t.get(i).text()).stream().filter(l -> l.endsWith("ий"))
                            .findFirst().orElse(t.get(i).lower());
                    String label = Names.capitalize(adj.substring(0, adj.length() - 2) + "ие") + " педагоги";
                    group(report, sentence, i, i + 2, OrganisationExtractor.slug(adjective.iri()) + "-teachers", label,
                            "Teachers of " + englishOf(report, adjective.iri()));
                    i++;
                } else if (report.homeCity != null && i + 1 < t.size() && t.get(i + 1).is("города")
                        && (i + 2 >= t.size() || OrganisationExtractor.placeAt(report, sentence, i + 2) == null)
                        && (report.morphology.hasLemma(t.get(i).text(), "педагог")
                        || report.morphology.hasLemma(t.get(i).text(), "учитель"))
                        && report.morphology.readings(t.get(i).text()).stream().anyMatch(Morphology.Reading::plural)) {
                    // «для педагогов города», «педагоги города рассказывали»: the teachers of the report's own city.
                    String city = englishOf(report, report.homeCity);
                    Draft.Entity home = report.draft.get(report.homeCity);
                    group(report, sentence, i, i + 2, OrganisationExtractor.slug(report.homeCity) + "-teachers",
                            "Педагоги города" + (home == null ? "" : " " + home.label), "Teachers of " + city);
                    i++;
                } else if (report.morphology.hasLemma(t.get(i).text(), "директорский") && i + 1 < t.size()
                        && report.morphology.hasLemma(t.get(i + 1).text(), "корпус")) {
                    int end = i + 2;
                    Mentions.Place city = end < t.size() ? OrganisationExtractor.placeAt(report, sentence, end) : null;
                    if (city != null && end + 1 < t.size() && InstitutionExtractor.kindOf(report, t, end + 1) != null) {
                        String label = "Директорский корпус " + report.span(sentence, end, end + 2);
                        group(report, sentence, i, end + 2, OrganisationExtractor.slug(city.iri()) + "-school-directors",
                                label, "Directors of " + englishOf(report, city.iri()) + " schools");
                        i = end + 1;
                    }
                } else if (report.morphology.hasLemma(t.get(i).text(), "координатор")
                        && report.morphology.readings(t.get(i).text()).stream().anyMatch(Morphology.Reading::plural)
                        && report.homeCity != null) {
                    int from = i > 0 && report.morphology.hasLemma(t.get(i - 1).text(), "региональный") ? i - 1 : i;
                    int end = i + 1;
                    Node organisation = null;
                    if (end + 1 < t.size() && t.get(end).is("из"))
                        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
                            if (o.from() == end + 1) {
                                organisation = o.iri();
                                end = o.to();
                            }
                    String label = (from < i ? "Региональные координаторы" : "Координаторы")
                            + (organisation == null ? "" : " " + report.span(sentence, i + 1, end));
                    Node group = group(report, sentence, from, end, OrganisationExtractor.slug(report.homeCity)
                            + "-regional-coordinators", label, "Regional coordinators");
                    if (organisation != null) {
                        Node membership = Vocab.id("membership", OrganisationExtractor.slug(group) + "-regional-coordinator-"
                                + OrganisationExtractor.slug(organisation));
                        Draft.Evidence evidence = report.evidence(sentence, from, end);
                        Draft.Entity m = report.draft.entity(membership, "membership", label + " — региональный координатор",
                                0.6, evidence);
                        m.types.add(Vocab.pck("Membership"));
                        report.draft.fact(membership, Vocab.MEMBER, group, 0.6, evidence);
                        report.draft.fact(membership, Vocab.ORGANIZATION, organisation, 0.6, evidence);
                        report.draft.fact(membership, Vocab.ROLE, Vocab.id("role", "regional-coordinator"), 0.6, evidence);
                    }
                    i = end - 1;
                }
            }
        }
    }

    private static String englishOf(Report report, Node place) {
        Draft.Entity entity = report.draft.get(place);
        return entity == null || entity.englishLabel == null ? OrganisationExtractor.slug(place) : entity.englishLabel;
    }

    private static Node group(Report report, Sentence sentence, int from, int to, String slug, String label, String english) {
        Node iri = Vocab.id("group", slug);
        Draft.Evidence evidence = report.evidence(sentence, from, to);
        Draft.Entity entity = report.draft.entity(iri, "group", label, 0.6, evidence);
        entity.types.add(Vocab.pck("Group"));
        entity.englishLabel = english;
        if (report.homeCity != null && slug.startsWith(OrganisationExtractor.slug(report.homeCity)))
            report.draft.fact(iri, Vocab.pck("locatedIn"), report.homeCity, 0.6, evidence);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, from, to));
        return iri;
    }
}
