package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;
import org.partnercities.kg.vocab.Slugs;

/**
 * Letters of thanks and other thanks, read from the grammar of the clause that states them:
 * «X отмечено благодарственными письмами S, направленными R», «S выразило благодарность R за …»,
 * «S наградил благодарственными письмами R за …», «адресованы слова благодарности R за …», «R
 * получили благодарственные письма S». The sender S is who says thanks (the subject, or the genitive
 * right after the letters), the recipients R who are thanked (after «направленными», «адресованы» or
 * the thanks itself; the subject when they receive it), never the school named only as a recipient's
 * workplace. The reason is what follows «за» (or what «отмечено»), the programme the clause names
 * is what they are thanked for taking part in. Each is a pck:LetterOfThanks or a pck:Recognition.
 */
final class RecognitionExtractor {

    /** Participles and verbs after which the recipients are named: «направленными», «адресованы», «вручены». */
    private static final Set<String> TO = Set.of("направить", "адресовать", "вручить", "объявить");
    /** Verbs whose subject receives the thanks: «получили», «удостоены», «награждены» (passive). */
    private static final Set<String> RECEIVE = Set.of("получить", "удостоить", "удостоиться");
    private static final Set<String> PASSIVE_RECEIVE = Set.of("наградить", "отметить");

    private record Trigger(int from, int to, boolean letter, boolean plural, String russian) {}

    private RecognitionExtractor() {}

    static void extract(Report report) {
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++) {
                Trigger trigger = triggerAt(report, sentence, i);
                if (trigger != null) {
                    recognition(report, sentence, trigger);
                    i = trigger.to() - 1;
                }
            }
        }
    }

    /** «благодарственными письмами», «благодарность», «слова благодарности», «почётная грамота», «поблагодарил». */
    private static Trigger triggerAt(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (!t.get(i).isWord() || report.inQuotes(sentence, i))
            return null;
        List<Morphology.Reading> readings = report.morphology.readings(t.get(i).text());
        boolean plural = readings.stream().filter(Morphology.Reading::noun).allMatch(Morphology.Reading::plural)
                && readings.stream().anyMatch(Morphology.Reading::noun);
        if (report.morphology.hasLemma(t.get(i).text(), "благодарственный") && i + 1 < t.size()
                && report.morphology.hasLemma(t.get(i + 1).text(), "письмо")) {
            List<Morphology.Reading> letter = report.morphology.readings(t.get(i + 1).text());
            boolean letters = letter.stream().filter(Morphology.Reading::noun).allMatch(Morphology.Reading::plural);
            return new Trigger(i, i + 2, true, letters, letters ? "Благодарственные письма" : "Благодарственное письмо");
        }
        if (report.morphology.hasLemma(t.get(i).text(), "благодарность"))
            return new Trigger(i, i + 1, false, false, "Благодарность");
        if (report.morphology.hasLemma(t.get(i).text(), "грамота"))
            return new Trigger(i, i + 1, false, plural, plural ? "Грамоты" : "Грамота");
        if (report.morphology.hasLemma(t.get(i).text(), "поблагодарить"))
            return new Trigger(i, i + 1, false, false, "Благодарность");
        return null;
    }

    private static void recognition(Report report, Sentence sentence, Trigger trigger) {
        List<Token> t = sentence.tokens();
        int start = Agents.clauseStart(sentence, trigger.from());
        int end = Agents.clauseEnd(sentence, trigger.to());
        int reason = -1;
        for (int k = trigger.to(); k < end && reason < 0; k++)
            if (t.get(k).is("за") && !report.inQuotes(sentence, k))
                reason = k;
        int stop = reason < 0 ? end : reason;
        int toAfter = verb(report, sentence, trigger.to(), stop, TO);
        int toBefore = verb(report, sentence, start, trigger.from(), TO);
        int received = verb(report, sentence, start, trigger.from(), RECEIVE);
        int passive = passive(report, sentence, start, trigger.from());
        Set<Node> roleOrganisations = Agents.roleOrganisations(report, sentence);
        List<Node> senders = new ArrayList<>();
        List<Node> recipients;
        if (toAfter >= 0) {
            // «… письмами S, направленными R»
            senders.addAll(agents(report, sentence, trigger.to(), toAfter, roleOrganisations, false));
            if (senders.isEmpty() && passive < 0)
                senders.addAll(agents(report, sentence, start, trigger.from(), roleOrganisations, false));
            recipients = agents(report, sentence, toAfter + 1, stop, roleOrganisations, true);
        } else if (received >= 0 || passive >= 0 && toBefore < 0) {
            // «R получили благодарственные письма S», «R награждены благодарственными письмами S»
            int verb = received >= 0 ? received : passive;
            recipients = agents(report, sentence, start, verb, roleOrganisations, true);
            senders.addAll(genitiveRun(report, sentence, trigger.to(), stop, roleOrganisations));
        } else {
            // «S выразило благодарность R», «адресованы слова благодарности R», «S наградил благодарственными письмами R»
            senders.addAll(agents(report, sentence, start, toBefore >= 0 ? toBefore : trigger.from(), roleOrganisations, false));
            int from = trigger.to();
            if (senders.isEmpty() && toBefore < 0) {
                List<Node> run = genitiveRun(report, sentence, from, stop, roleOrganisations);
                senders.addAll(run);
            }
            recipients = agents(report, sentence, from, stop, roleOrganisations, true);
            recipients.removeAll(senders);
        }
        if (recipients.isEmpty()) {
            report.draft.warnings.add("Thanks in sentence " + (sentence.index() + 1) + " name no recipient: left out");
            return;
        }
        write(report, sentence, trigger, start, end, reason, passive, senders, recipients);
    }

    private static void write(Report report, Sentence sentence, Trigger trigger, int start, int end, int reason, int passive,
                              List<Node> senders, List<Node> recipients) {
        List<String> slugs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (Node r : recipients) {
            slugs.add(OrganisationExtractor.slug(r));
            Draft.Entity e = report.draft.get(r);
            names.add(e == null || e.label == null ? OrganisationExtractor.slug(r) : e.label);
            english.add(e == null ? OrganisationExtractor.slug(r) : e.englishLabel != null ? e.englishLabel : Slugs.latin(e.label));
        }
        String base = (trigger.letter() ? "letters-of-thanks-" : "thanks-") + String.join("-", slugs.subList(0, Math.min(2, slugs.size())));
        Node iri = Vocab.id("recognition", base);
        for (int n = 2; report.draft.has(iri); n++)
            iri = Vocab.id("recognition", base + "-" + n);
        Draft.Evidence evidence = report.evidence(sentence, start, end);
        Draft.Entity entity = report.draft.entity(iri, "recognition", trigger.russian() + " — " + String.join(", ", names),
                0.7, evidence);
        entity.types.add(Vocab.pck(trigger.letter() ? "LetterOfThanks" : "Recognition"));
        entity.englishLabel = (trigger.letter() ? trigger.plural() ? "Letters of thanks" : "Letter of thanks" : "Thanks")
                + " to " + String.join(", ", english);
        for (Node s : senders)
            report.draft.fact(iri, Vocab.pck("sender"), s, 0.7, evidence);
        for (Node r : recipients)
            report.draft.fact(iri, Vocab.pck("recipient"), r, 0.7, evidence);
        String why = reason >= 0 ? report.span(sentence, reason + 1, trimmed(sentence, reason + 1, end))
                : passive >= 0 && sentence.tokens().get(passive).text().toLowerCase(java.util.Locale.ROOT).startsWith("отмеч")
                ? report.span(sentence, start, passive) : null;
        if (why != null && !why.isBlank())
            report.draft.fact(iri, Vocab.pck("reason"), Report.ru(nominative(report, why.strip())), 0.6, evidence);
        Node programme = mostSpecificProgramme(report, sentence, start, end);
        if (programme != null)
            report.draft.fact(iri, Vocab.pck("forParticipationIn"), programme, 0.6, evidence);
        if (report.period != null)
            report.draft.fact(iri, Vocab.pck("during"), report.period, 0.5, evidence);
    }

    /** «поддержку проекта …» (after «за») as «Поддержка проекта …»: a first noun in the accusative put in the nominative. */
    private static String nominative(Report report, String reason) {
        int space = reason.indexOf(' ');
        String first = space < 0 ? reason : reason.substring(0, space);
        List<Morphology.Reading> readings = report.morphology.readings(first);
        boolean accusativeNoun = !readings.isEmpty() && readings.stream().allMatch(r -> r.noun() && !r.plural() && r.tag().endsWith(":V"));
        if (accusativeNoun && !readings.get(0).lemma().equalsIgnoreCase(first))
            first = readings.get(0).lemma();
        return Names.capitalize(first + (space < 0 ? "" : reason.substring(space)));
    }

    /** The first token in from..to, outside quotes, with one of the lemmas; -1 if none. */
    private static int verb(Report report, Sentence sentence, int from, int to, Set<String> lemmas) {
        for (int k = from; k < to; k++)
            if (sentence.tokens().get(k).isWord() && !report.inQuotes(sentence, k)
                    && report.morphology.lemmas(sentence.tokens().get(k).text()).stream().anyMatch(lemmas::contains))
                return k;
        return -1;
    }

    /** A short passive participle of receiving in from..to («награждены», «отмечено»); -1 if none. */
    private static int passive(Report report, Sentence sentence, int from, int to) {
        for (int k = from; k < to; k++)
            if (sentence.tokens().get(k).isWord() && !report.inQuotes(sentence, k))
                for (Morphology.Reading r : report.morphology.readings(sentence.tokens().get(k).text()))
                    if (r.tag().startsWith("PT_Short") && PASSIVE_RECEIVE.contains(r.lemma()))
                        return k;
        return -1;
    }

    /** People, schools and organisations (groups too, as recipients) of from..to, less the workplaces of people there. */
    private static List<Node> agents(Report report, Sentence sentence, int from, int to, Set<Node> roleOrganisations,
                                     boolean groups) {
        List<Node> found = new ArrayList<>(Agents.people(report, sentence, from, to));
        for (Node s : Agents.institutions(report, sentence, from, to))
            if (!roleOrganisations.contains(s))
                found.add(s);
        for (Node o : Agents.organisations(report, sentence, from, to, groups))
            if (!roleOrganisations.contains(o) || Agents.isGroup(report, o))
                found.add(o);
        found.removeIf(n -> insideRecipientGroup(report, sentence, n, from, to));
        return new ArrayList<>(new LinkedHashSet<>(found));
    }

    /** «региональным координаторам из МБУ МЦ»: the centre is the group's, not a recipient of its own. */
    private static boolean insideRecipientGroup(Report report, Sentence sentence, Node node, int from, int to) {
        for (Mentions.Organisation group : report.list(report.organisations, sentence.index()))
            if (Agents.isGroup(report, group.iri()) && group.from() >= from && group.to() <= to && !group.iri().equals(node))
                for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
                    if (o.iri().equals(node) && o.from() >= group.from() && o.to() <= group.to())
                        return true;
        return false;
    }

    /** Organisations and schools written one after another right at {@code from} («письмами Департамента … и МЦРКПО»). */
    private static List<Node> genitiveRun(Report report, Sentence sentence, int from, int to, Set<Node> roleOrganisations) {
        List<Node> run = new ArrayList<>();
        int k = from;
        while (k < to) {
            int end = -1;
            Node agent = null;
            for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
                if (o.from() == k && o.to() > end && !Agents.isGroup(report, o.iri())) {
                    agent = o.iri();
                    end = o.to();
                }
            for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
                if (s.from() == k && s.to() > end) {
                    agent = s.iri();
                    end = s.to();
                }
            if (agent == null || !genitive(report, sentence.tokens().get(k)))
                break;
            run.add(agent);
            k = end;
            if (k < to && (sentence.tokens().get(k).is("и") || sentence.tokens().get(k).text().equals(",")))
                k++;
            else
                break;
        }
        return run;
    }

    /** Whether a word can be genitive («Департамента», «МЦРКПО», which the dictionary does not know). */
    private static boolean genitive(Report report, Token token) {
        List<Morphology.Reading> readings = report.morphology.readings(token.text());
        return readings.isEmpty() || readings.stream().anyMatch(r -> r.tag().endsWith(":R"));
    }

    private static int trimmed(Sentence sentence, int from, int to) {
        while (to > from && !sentence.tokens().get(to - 1).isWord() && !sentence.tokens().get(to - 1).isNumber()
                && !sentence.tokens().get(to - 1).text().equals("»"))
            to--;
        return to;
    }

    /** The programme a clause names, the most specific if it names one and a part of it. */
    static Node mostSpecificProgramme(Report report, Sentence sentence, int from, int to) {
        List<Node> named = new ArrayList<>();
        for (Mentions.Programme m : report.list(report.programmes, sentence.index()))
            if (m.from() >= from && m.to() <= to && !named.contains(m.iri()))
                named.add(m.iri());
        for (Node p : named)
            if (named.stream().noneMatch(q -> report.draft.objects(q, Vocab.pck("partOf")).contains(p)))
                return p;
        return named.isEmpty() ? null : named.get(0);
    }
}
