package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * The agents and places a stretch of a sentence names, as the later extractors (programmes,
 * recognitions, adoptions) ask for them: outside quotes, the outermost organisation of nested ones
 * («управление образования администрации города» is the authority, not also the administration),
 * places that are not part of an institution's or organisation's own name. Stretches are token
 * ranges {@code from} (inclusive) to {@code to} (exclusive), usually one clause.
 */
final class Agents {

    private Agents() {}

    /** The first token of the clause around token {@code i}: after the last «;» before it. */
    static int clauseStart(Sentence sentence, int i) {
        for (int k = Math.min(i, sentence.tokens().size()) - 1; k >= 0; k--)
            if (sentence.tokens().get(k).text().equals(";"))
                return k + 1;
        return 0;
    }

    /** The token after the clause around token {@code i}: the next «;», or the end of the sentence. */
    static int clauseEnd(Sentence sentence, int i) {
        for (int k = i; k < sentence.tokens().size(); k++)
            if (sentence.tokens().get(k).text().equals(";"))
                return k;
        return sentence.tokens().size();
    }

    /** Schools and other institutions within from..to. */
    static List<Node> institutions(Report report, Sentence sentence, int from, int to) {
        Set<Node> found = new LinkedHashSet<>();
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() >= from && s.to() <= to && !report.inQuotes(sentence, s.from()))
                found.add(s.iri());
        return new ArrayList<>(found);
    }

    /** Organisations within from..to that no other one there contains; groups of people only if {@code groups}. */
    static List<Node> organisations(Report report, Sentence sentence, int from, int to, boolean groups) {
        List<Mentions.Organisation> all = report.list(report.organisations, sentence.index());
        Set<Node> found = new LinkedHashSet<>();
        for (Mentions.Organisation o : all) {
            if (o.from() < from || o.to() > to || report.inQuotes(sentence, o.from()) || !groups && isGroup(report, o.iri()))
                continue;
            boolean nested = all.stream().anyMatch(outer -> outer != o && outer.from() <= o.from() && o.to() <= outer.to()
                    && (outer.from() < o.from() || o.to() < outer.to()));
            if (!nested)
                found.add(o.iri());
        }
        return new ArrayList<>(found);
    }

    /** Cities and regions within from..to, by name or adjective, that are not part of an organisation's name. */
    static List<Node> places(Report report, Sentence sentence, int from, int to) {
        Set<Node> found = new LinkedHashSet<>();
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() >= from && p.to() <= to && !report.inQuotes(sentence, p.from()) && !insideOrganisation(report, sentence, p))
                found.add(cityReferredTo(report, sentence, p));
        return new ArrayList<>(found);
    }

    /**
     * «Этот город Нижегородской области участвует …»: a region after «город» only says where the city is;
     * the agent is the city referred to, the report's own city.
     */
    private static Node cityReferredTo(Report report, Sentence sentence, Mentions.Place p) {
        if (p.place().kind() != Gazetteer.Kind.REGION || report.homeCity == null || p.from() < 1)
            return p.iri();
        Token before = sentence.tokens().get(p.from() - 1);
        return before.isWord() && report.morphology.hasLemma(before.text(), "город") ? report.homeCity : p.iri();
    }

    /** People named within from..to. */
    static List<Node> people(Report report, Sentence sentence, int from, int to) {
        Set<Node> found = new LinkedHashSet<>();
        for (Mentions.Person p : report.list(report.people, sentence.index()))
            if (p.from() >= from && p.to() <= to)
                found.add(p.iri());
        return new ArrayList<>(found);
    }

    /** The most specific agents of from..to: its schools, else its organisations, else its cities and regions. */
    static List<Node> mostSpecific(Report report, Sentence sentence, int from, int to) {
        List<Node> found = institutions(report, sentence, from, to);
        if (found.isEmpty())
            found = organisations(report, sentence, from, to, false);
        if (found.isEmpty())
            found = places(report, sentence, from, to);
        return found;
    }

    /** The institution, organisation (not a group) or place mention that starts at a token: its IRI, or null. */
    static Node at(Report report, Sentence sentence, int token) {
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == token)
                return s.iri();
        Node organisation = null;
        int longest = -1;
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() == token && !isGroup(report, o.iri()) && o.to() > longest) {
                organisation = o.iri();
                longest = o.to();
            }
        if (organisation != null)
            return organisation;
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() == token)
                return p.iri();
        return null;
    }

    /** Organisations that are the organisation of a role named in this sentence: they stand beside a person, not for themselves. */
    static Set<Node> roleOrganisations(Report report, Sentence sentence) {
        Set<Node> organisations = new HashSet<>();
        for (Draft.Fact fact : report.draft.facts())
            if (fact.predicate().equals(Vocab.ORGANIZATION) && fact.evidence() != null
                    && fact.evidence().sentence() == sentence.index())
                organisations.add(fact.object());
        return organisations;
    }

    static boolean isGroup(Report report, Node iri) {
        Draft.Entity entity = report.draft.get(iri);
        return entity != null && entity.types.contains(Vocab.pck("Group"));
    }

    private static boolean insideOrganisation(Report report, Sentence sentence, Mentions.Place p) {
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() <= p.from() && p.to() <= o.to() && !isGroup(report, o.iri()))
                return true;
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() <= p.from() && p.to() <= s.to())
                return true;
        return false;
    }
}
