package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Several people under one plural role noun: «учителя информатики Петров А. В. и Кузнецова Е. Н.»,
 * «педагоги Никитина О. В. и Зуева М. А.», «учителя Громова Т. В. и Белов А. И. из школы № 6». Each
 * person gets the role. The organisation is the one the phrase names (between the noun and the
 * names, or after «из» following them); else the one the person already holds this role in; else the
 * only school the paragraph names, with a lower confidence; else there is none, and the person gets
 * a note that says so, with a lower confidence still (a membership needs an organisation).
 */
final class PluralRoleExtractor {

    /** Nouns (lemmas) of teaching roles. */
    private static final Set<String> NOUNS = Set.of("учитель", "педагог", "воспитатель", "преподаватель");
    /** How many words may stand between the noun and the names («учителя русского языка и литературы»). */
    private static final int GAP = 8;

    static final double NAMED = 0.75;
    static final double FROM_PARAGRAPH = 0.6;
    static final double NONE = 0.45;

    /** Names listed under one role noun: tokens from..to, and the organisation the phrase names, if any. */
    private record Listing(Sentence sentence, int from, int to, List<Mentions.Person> people, Node organisation) {}

    private PluralRoleExtractor() {}

    static void extract(Report report) {
        List<Listing> listings = new ArrayList<>();
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++) {
                Listing listing = listingAt(report, sentence, i);
                if (listing != null) {
                    listings.add(listing);
                    i = listing.to() - 1;
                }
            }
        }
        // Organisations the text names first, so that a later mention without one finds the person's role.
        for (Listing l : listings)
            if (l.organisation() != null)
                for (Mentions.Person p : l.people())
                    RoleExtractor.membership(report, report.evidence(l.sentence(), l.from(), l.to()), p.iri(),
                            RoleExtractor.TEACHER, l.organisation(), NAMED);
        for (Listing l : listings) {
            if (l.organisation() != null)
                continue;
            Node school = onlySchoolOfParagraph(report, l.sentence());
            Draft.Evidence evidence = report.evidence(l.sentence(), l.from(), l.to());
            for (Mentions.Person p : l.people()) {
                if (holdsRole(report, p.iri(), RoleExtractor.TEACHER))
                    continue;
                if (school != null) {
                    Node membership = RoleExtractor.membership(report, evidence, p.iri(), RoleExtractor.TEACHER, school,
                            FROM_PARAGRAPH);
                    report.draft.fact(membership, Vocab.NOTE, NodeFactory.createLiteralLang("The sentence names no "
                            + "school; this is the only one its paragraph names.", "en"), FROM_PARAGRAPH, evidence);
                } else {
                    report.draft.fact(p.iri(), Vocab.NOTE, NodeFactory.createLiteralLang("A teacher («"
                            + report.span(l.sentence(), l.from(), l.from() + 1) + "»); the report does not say of which "
                            + "school or organisation.", "en"), NONE, evidence);
                }
            }
        }
    }

    /** A plural teaching noun followed, within a few words, by two or more names joined by «и» or commas. */
    private static Listing listingAt(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (!t.get(i).isWord() || report.inQuotes(sentence, i) || report.inName(sentence, i))
            return null;
        List<Morphology.Reading> readings = report.morphology.readings(t.get(i).text());
        boolean teaching = readings.stream().anyMatch(r -> r.noun() && r.plural() && NOUNS.contains(r.lemma()));
        if (!teaching)
            return null;
        Node organisation = null;
        int k = i + 1;
        while (k < t.size() && k - i <= GAP && person(report, sentence, k) == null) {
            int[] agent = agentAt(report, sentence, k);
            if (agent != null) {
                organisation = agentNode(report, sentence, agent);
                k = agent[1];
            } else if (placeEnd(report, sentence, k) > k) {
                k = placeEnd(report, sentence, k); // «гимназии № 24 города Калуги»
            } else if (t.get(k).isWord() && !t.get(k).isCapitalized() && !report.inQuotes(sentence, k)) {
                k++; // a subject («информатики», «русского языка и литературы»)
            } else {
                return null;
            }
        }
        List<Mentions.Person> people = new ArrayList<>();
        Mentions.Person p = person(report, sentence, k);
        while (p != null) {
            people.add(p);
            k = p.to();
            if (k + 1 < t.size() && (t.get(k).is("и") || t.get(k).text().equals(",")))
                p = person(report, sentence, k + 1);
            else
                p = null;
        }
        if (people.size() < 2)
            return null;
        int end = people.get(people.size() - 1).to();
        if (organisation == null && end + 1 < t.size() && t.get(end).is("из")) {
            // «… из тверской школы № 6»: the school after the names, perhaps after its city adjective.
            for (int at = end + 1; at <= end + 2 && at < t.size() && organisation == null; at++) {
                int[] agent = agentAt(report, sentence, at);
                if (agent != null) {
                    organisation = agentNode(report, sentence, agent);
                    end = agent[1];
                }
            }
        }
        return new Listing(sentence, i, end, people, organisation);
    }

    private static int placeEnd(Report report, Sentence sentence, int token) {
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() == token)
                return p.to();
        return token;
    }

    private static Mentions.Person person(Report report, Sentence sentence, int token) {
        for (Mentions.Person p : report.list(report.people, sentence.index()))
            if (p.from() == token)
                return p;
        return null;
    }

    /** The span of an institution or organisation (not a group of people) that starts at a token, or null. */
    private static int[] agentAt(Report report, Sentence sentence, int token) {
        int[] best = null;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == token && (best == null || s.to() > best[1]))
                best = new int[] {s.from(), s.to()};
        if (best != null)
            return best;
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index())) {
            Draft.Entity entity = report.draft.get(o.iri());
            if (o.from() == token && entity != null && !entity.types.contains(Vocab.pck("Group"))
                    && (best == null || o.to() > best[1]))
                best = new int[] {o.from(), o.to()};
        }
        return best;
    }

    private static Node agentNode(Report report, Sentence sentence, int[] span) {
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == span[0] && s.to() == span[1])
                return s.iri();
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() == span[0] && o.to() == span[1])
                return o.iri();
        return null;
    }

    /** The one school (or other institution) a sentence's paragraph names, or null if it names none or several. */
    private static Node onlySchoolOfParagraph(Report report, Sentence sentence) {
        Set<Node> schools = new LinkedHashSet<>();
        for (Sentence s : report.sentences)
            if (s.paragraph() == sentence.paragraph())
                report.list(report.institutions, s.index()).forEach(m -> schools.add(m.iri()));
        return schools.size() == 1 ? schools.iterator().next() : null;
    }

    private static boolean holdsRole(Report report, Node person, RoleExtractor.Role role) {
        Node roleIri = Vocab.id("role", role.slug());
        for (Draft.Fact f : report.draft.facts())
            if (f.predicate().equals(Vocab.MEMBER) && f.object().equals(person)
                    && report.draft.objects(f.subject(), Vocab.ROLE).contains(roleIri))
                return true;
        return false;
    }
}
