package org.partnercities.kg.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Practice adoptions («seen in Ivanovo, implemented in Ryazan»), read from a clause that says a
 * practice was taken up: a verb of adopting in the past («внедрили», «переняла», «реализовано»,
 * «использовали»; not «будет использован», not «планирует внедрить»), a practice the graph knows, who
 * took it up (the schools, else the organisations, else the places of the subject; else «в X» after
 * the verb) and where it came from («у коллег из X», «коллег из X», «опыт X», «опыт ивановских школ»,
 * «магнитогорскую практику», «увидели в X»). Events the sentence refers to are where it was shown. A
 * clause with all but a known practice is left out with a warning.
 */
final class AdoptionExtractor {

    /** Verbs (lemmas) of taking up a practice. */
    private static final Set<String> ADOPT = Set.of("внедрить", "перенять", "реализовать", "применить", "использовать",
            "адаптировать", "освоить");
    /** Words that make the clause a plan rather than a fact. */
    private static final Set<String> PLAN = Set.of("будет", "будут", "планировать", "планироваться", "намереваться",
            "намерен", "предстоять", "собираться", "готовиться", "мочь");
    /** Verbs (lemmas) of seeing a practice somewhere: «увидели в Москве». */
    private static final Set<String> SEE = Set.of("увидеть", "видеть", "подсмотреть", "посмотреть", "познакомиться");
    /** Nouns (lemmas) whose «из X» or city adjective tells where a practice came from. */
    private static final Set<String> FROM_WHOM = Set.of("коллега", "партнер", "педагог", "учитель", "гость", "специалист",
            "школа", "гимназия", "лицей", "опыт", "практика");

    private AdoptionExtractor() {}

    static void extract(Report report, List<Event> events) {
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++)
                if (adopting(report, sentence, i))
                    adoption(report, sentence, i, events);
        }
    }

    /** A past verb or participle of adopting, outside quotes, in a clause that is no plan. */
    private static boolean adopting(Report report, Sentence sentence, int i) {
        Token token = sentence.tokens().get(i);
        if (!token.isWord() || report.inQuotes(sentence, i))
            return false;
        boolean past = report.morphology.readings(token.text()).stream().anyMatch(r -> ADOPT.contains(r.lemma())
                && (r.tag().startsWith("VB:Past") || r.tag().startsWith("PT:Past") || r.tag().startsWith("PT_Short:Past")));
        if (!past)
            return false;
        int start = Agents.clauseStart(sentence, i);
        int end = Agents.clauseEnd(sentence, i);
        for (int k = start; k < end; k++)
            if (sentence.tokens().get(k).isWord() && (PLAN.contains(sentence.tokens().get(k).lower())
                    || report.morphology.lemmas(sentence.tokens().get(k).text()).stream().anyMatch(PLAN::contains)))
                return false;
        return true;
    }

    private static void adoption(Report report, Sentence sentence, int verb, List<Event> events) {
        int start = Agents.clauseStart(sentence, verb);
        int end = Agents.clauseEnd(sentence, verb);
        List<Node> subject = Agents.mostSpecific(report, sentence, start, verb);
        Node by = subject.isEmpty() ? locativeAfter(report, sentence, verb, end) : subject.get(0);
        Node from = source(report, sentence, verb, end, by);
        if (from == null && verb > start)
            from = source(report, sentence, start, verb, by);
        if (by == null || from == null || by.equals(from))
            return;
        Mentions.Practice practice = practice(report, sentence, verb, start, end);
        if (practice == null) {
            report.draft.warnings.add("An adoption in sentence " + (sentence.index() + 1)
                    + " names no practice the graph knows: left out");
            return;
        }
        write(report, sentence, start, end, practice.iri(), from, by, events);
    }

    /** «внедрено в школах Рязани», «реализовано в Рязани»: the place or school after «в» following the verb. */
    private static Node locativeAfter(Report report, Sentence sentence, int verb, int end) {
        List<Token> t = sentence.tokens();
        for (int k = verb + 1; k + 1 < end; k++)
            if (t.get(k).is("в") || t.get(k).is("во"))
                for (int at = k + 1; at <= k + 2 && at < end; at++) {
                    Node agent = Agents.at(report, sentence, at);
                    if (agent != null)
                        return agent;
                }
        return null;
    }

    /** Where the practice came from, in from..to: «у X», «коллег из X», «опыт X», a city adjective, «увидели в X». */
    private static Node source(Report report, Sentence sentence, int from, int to, Node adopter) {
        List<Token> t = sentence.tokens();
        for (int k = from; k < to; k++) {
            if (report.inQuotes(sentence, k) || !t.get(k).isWord())
                continue;
            Node found = null;
            if (t.get(k).is("у"))
                found = firstAgent(report, sentence, k + 1, Math.min(to, k + 5)); // «у коллег из Магнитогорска»
            else if (t.get(k).is("из") && k > 0 && lemmaIn(report, t.get(k - 1), FROM_WHOM))
                found = Agents.at(report, sentence, k + 1);
            else if (lemmaIn(report, t.get(k), SEE))
                for (int m = k + 1; m < Math.min(to, k + 4) && found == null; m++)
                    if (t.get(m).is("в") || t.get(m).is("во"))
                        found = Agents.at(report, sentence, m + 1);
            if (found == null && lemmaIn(report, t.get(k), FROM_WHOM)) {
                // «опыт Москвы», «опыт гимназии № 53»; «магнитогорскую практику», «опыт ивановских школ»
                if (report.morphology.hasLemma(t.get(k).text(), "опыт") || report.morphology.hasLemma(t.get(k).text(), "практика"))
                    found = k + 1 < to ? Agents.at(report, sentence, k + 1) : null;
                if (found == null)
                    found = adjectiveBefore(report, sentence, k);
            }
            if (found != null && !found.equals(adopter))
                return found;
        }
        return null;
    }

    private static Node firstAgent(Report report, Sentence sentence, int from, int to) {
        for (int k = from; k < to; k++) {
            Node agent = Agents.at(report, sentence, k);
            if (agent != null)
                return agent;
        }
        return null;
    }

    /** The city of a city adjective right before token {@code k}. */
    private static Node adjectiveBefore(Report report, Sentence sentence, int k) {
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.adjective() && p.to() == k)
                return p.iri();
        return null;
    }

    private static boolean lemmaIn(Report report, Token token, Set<String> lemmas) {
        return token.isWord() && report.morphology.lemmas(token.text()).stream().anyMatch(lemmas::contains);
    }

    /** The known practice of the clause nearest after the verb, else nearest before it. */
    private static Mentions.Practice practice(Report report, Sentence sentence, int verb, int start, int end) {
        Mentions.Practice best = null;
        for (Mentions.Practice p : report.list(report.practices, sentence.index())) {
            if (p.from() < start || p.to() > end)
                continue;
            if (best == null || p.from() > verb && (best.from() < verb || p.from() < best.from())
                    || p.from() < verb && best.from() < verb && p.from() > best.from())
                best = p;
        }
        return best;
    }

    private static void write(Report report, Sentence sentence, int start, int end, Node practice, Node from, Node by,
                              List<Event> events) {
        Node iri = Vocab.id("adoption", OrganisationExtractor.slug(practice) + "-" + OrganisationExtractor.slug(from) + "-"
                + OrganisationExtractor.slug(by));
        Draft.Evidence evidence = report.evidence(sentence, start, end);
        Map<Node, String> russian = report.knowledge.labels(List.of(practice), "ru");
        Map<Node, String> english = report.knowledge.labels(List.of(practice), "en");
        Draft.Entity entity = report.draft.entity(iri, "adoption", russian.getOrDefault(practice, OrganisationExtractor.slug(practice))
                + ": " + label(report, from, false) + " → " + label(report, by, false), 0.65, evidence);
        entity.types.add(Vocab.pck("PracticeAdoption"));
        entity.englishLabel = english.getOrDefault(practice, OrganisationExtractor.slug(practice)) + ": from "
                + label(report, from, true) + " to " + label(report, by, true);
        report.draft.fact(iri, Vocab.pck("practice"), practice, 0.65, evidence);
        report.draft.fact(iri, Vocab.pck("adoptedFrom"), from, 0.65, evidence);
        report.draft.fact(iri, Vocab.pck("adoptedBy"), by, 0.65, evidence);
        for (Event e : events)
            if (e.sentences.contains(sentence) && e.kind != EventKinds.TALK && e.iri != null)
                report.draft.fact(iri, Vocab.pck("shownAt"), e.iri, 0.5, evidence);
        if (report.period != null)
            report.draft.fact(iri, Vocab.pck("during"), report.period, 0.5, evidence);
    }

    private static String label(Report report, Node node, boolean english) {
        Draft.Entity e = report.draft.get(node);
        if (e == null)
            return OrganisationExtractor.slug(node);
        String label = english ? e.englishLabel : e.label;
        return label != null ? label : OrganisationExtractor.slug(node);
    }
}
