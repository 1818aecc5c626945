package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Agreements, memoranda and cooperation contracts with their parties (the organisations and
 * schools after «между», or after «с»), their date, and their status: signed («подписание»,
 * «подписано», «заключено»), planned («планируется подписать», «будет подписан») or announced
 * (mentioned, not said to be signed). «Более 20 договоров» is one agreement with a count.
 */
final class AgreementExtractor {

    private record Kind(String local, String slug) {}

    private static final Map<String, Kind> NOUNS = Map.of("соглашение", new Kind("Agreement", "agreement"),
            "меморандум", new Kind("Memorandum", "memorandum"), "договор", new Kind("CooperationAgreement", "cooperation-agreements"));
    private static final Pattern MORE_THAN = Pattern.compile("(более|свыше|больше)\\s+(\\d+)\\s+$");

    private AgreementExtractor() {}

    static void extract(Report report, Event visit) {
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (report.inQuotes(sentence, i) || !t.get(i).isWord())
                    continue;
                Kind kind = null;
                for (String lemma : report.morphology.lemmas(t.get(i).text()))
                    if (kind == null)
                        kind = NOUNS.get(lemma);
                if (kind != null) {
                    int end = agreement(report, sentence, i, kind, visit);
                    if (end > i)
                        i = end - 1;
                }
            }
        }
    }

    private static int agreement(Report report, Sentence sentence, int i, Kind kind, Event visit) {
        List<Token> t = sentence.tokens();
        int between = -1;
        for (int k = i + 1; k < t.size() && k <= i + 6; k++)
            if (t.get(k).is("между") || t.get(k).is("с") && (k == i + 1 || t.get(k - 1).is("сотрудничестве"))) {
                between = k;
                break;
            }
        Set<Node> parties = new LinkedHashSet<>();
        if (between < 0) {
            // «Министерство … и Департамент … договорились о подготовке соглашения», «между Комитетом … и лицеем …
            // подписан договор»: the parties come before the noun.
            for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
                if (o.to() <= i && report.list(report.organisations, sentence.index()).stream()
                        .noneMatch(outer -> outer != o && outer.from() <= o.from() && o.to() <= outer.to()))
                    parties.add(o.iri());
            for (Mentions.Institution school : report.list(report.institutions, sentence.index()))
                if (school.to() <= i)
                    parties.add(school.iri());
            if (parties.size() < 2)
                return i;
            between = i;
        }
        int end = between + 1;
        if (between == i) {
            end = t.size();
            while (end > i + 1 && !t.get(end - 1).isWord())
                end--;
        }
        for (int k = between + 1; k < t.size() && between != i; k++) {
            Node party = null;
            int to = k;
            for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
                if (o.from() == k) {
                    party = o.iri();
                    to = Math.max(to, o.to());
                }
            for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
                if (s.from() == k || s.from() == k + 1 && isCityAdjective(report, sentence, k)) {
                    parties.add(s.iri());
                    to = Math.max(to, s.to());
                }
            if (party != null)
                parties.add(party);
            if (to > k) {
                end = to;
                k = to - 1;
            } else if (t.get(k).text().equals(".") || t.get(k).text().equals(";")) {
                break;
            }
        }
        if (parties.size() == 1 && between != i && t.get(between).is("с")) {
            // «объявило о заключении соглашения с колледжем»: the other party is the organisation the sentence is about.
            Mentions.Organisation subject = report.list(report.organisations, sentence.index()).stream()
                    .filter(o -> o.to() <= i).min(java.util.Comparator.comparingInt(Mentions.Organisation::from)).orElse(null);
            if (subject != null) {
                Set<Node> both = new LinkedHashSet<>();
                both.add(subject.iri());
                both.addAll(parties);
                parties = both;
            }
        }
        if (parties.size() < 2) {
            report.draft.warnings.add("An agreement in sentence " + (sentence.index() + 1) + " names fewer than two parties: left out");
            return i;
        }
        Set<Node> cities = new LinkedHashSet<>();
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() >= end && p.place().kind() == Gazetteer.Kind.CITY)
                cities.add(p.iri());
        String lemma = report.morphology.lemmas(t.get(i).text()).stream().filter(NOUNS::containsKey).findFirst().orElse("");
        String label = Names.capitalize(lemma) + report.span(sentence, i, end).substring(t.get(i).text().length());
        if (report.morphology.readings(t.get(i).text()).stream().allMatch(Morphology.Reading::plural)
                && !report.morphology.readings(t.get(i).text()).isEmpty())
            label = label.replaceFirst("^" + Names.capitalize(lemma), Names.capitalize(plural(lemma)));
        String status = status(report, sentence);
        boolean planned = status.equals("planned");
        Mentions.Date date = null;
        for (Mentions.Date d : report.list(report.dates, sentence.index()))
            if (date == null || Math.abs(d.from() - i) < Math.abs(date.from() - i))
                date = d;
        if (date == null)
            date = sameDay(report, sentence);
        // A planned agreement has no date yet (the date of the sentence is when it was planned, or the plan's),
        // and is no outcome of a visit.
        if (planned)
            date = null;
        boolean afterVisit = !planned && visit != null && visit.sentence.index() <= sentence.index();
        Node dateValue = date != null ? date.value() : afterVisit && visit.date != null ? visit.date.value() : null;
        String year = dateValue == null ? "" : "-" + dateValue.getLiteralLexicalForm().substring(0, 4);
        List<String> slugs = new ArrayList<>();
        for (Node party : parties)
            slugs.add(OrganisationExtractor.slug(party).replace("-education-department", "").replace("-ministry-of-education", ""));
        Node iri = Vocab.id("agreement", kind.slug() + "-" + String.join("-", slugs.subList(0, Math.min(3, slugs.size()))) + year);
        Draft.Evidence evidence = report.evidence(sentence, i, end);
        Draft.Entity entity = report.draft.entity(iri, "agreement", label, 0.75, evidence);
        entity.types.add(Vocab.pck(kind.local()));
        entity.englishLabel = kind.local().replaceAll("([a-z])([A-Z])", "$1 $2") + " (" + String.join(", ", slugs) + ")";
        for (Node party : parties)
            report.draft.fact(iri, Vocab.pck("party"), party, 0.75, evidence);
        for (Node city : cities)
            report.draft.fact(iri, Vocab.pck("involvesCity"), city, 0.6, evidence);
        if (dateValue != null)
            report.draft.fact(iri, Vocab.pck("date"), dateValue, date != null ? 0.8 : 0.6, evidence);
        report.draft.fact(iri, Vocab.pck("status"), Vocab.id("status", status), 0.7, evidence);
        Matcher count = MORE_THAN.matcher(report.text.text().substring(sentence.start(), t.get(i).start()));
        if (count.find())
            report.draft.fact(iri, Vocab.pck("countMoreThan"),
                    NodeFactory.createLiteralDT(count.group(2), XSDDatatype.XSDinteger), 0.8, evidence);
        if (afterVisit)
            report.draft.fact(iri, Vocab.pck("outcomeOf"), visit.iri, 0.6, evidence);
        return end;
    }

    private static boolean isCityAdjective(Report report, Sentence sentence, int k) {
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() == k && p.adjective())
                return true;
        return false;
    }

    private static String plural(String lemma) {
        return switch (lemma) {
            case "договор" -> "договоры";
            case "соглашение" -> "соглашения";
            case "меморандум" -> "меморандумы";
            default -> lemma;
        };
    }

    /**
     * «В тот же день … подписали договор»: the date the paragraph gave last before the sentence, or null.
     */
    private static Mentions.Date sameDay(Report report, Sentence sentence) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        if (!lower.contains("тот же день") && !lower.contains("этот же день") && !lower.contains("тот день"))
            return null;
        for (int s = sentence.index() - 1; s >= 0 && report.sentences.get(s).paragraph() == sentence.paragraph(); s--) {
            List<Mentions.Date> dates = report.list(report.dates, s);
            for (int d = dates.size() - 1; d >= 0; d--)
                if (dates.get(d).value().getLiteralLexicalForm().length() == 10)
                    return dates.get(d);
        }
        return null;
    }

    /**
     * The status of an agreement from its sentence, or planned when the next sentence of the paragraph
     * plans its signing («… готовят соглашение. Подписать его планируется в 2024 году.»).
     */
    private static String status(Report report, Sentence sentence) {
        String status = status(sentence.text());
        int next = sentence.index() + 1;
        if (!status.equals("planned") && next < report.sentences.size()
                && report.sentences.get(next).paragraph() == sentence.paragraph()
                && report.sentences.get(next).text().toLowerCase(Locale.ROOT)
                        .matches(".*(подписать .*(планиру|предстоит|рассчитыва)|(планиру|предстоит|рассчитыва)\\S* подписать).*"))
            return "planned";
        return status;
    }

    /** signed, planned or announced, from what the sentence says happened to it. */
    static String status(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(планир|намере|предстоит|будет подписан|будут подписан|будет заключ|готовит|готовят|готовится|подготовк|проект соглашения"
                + "|договорились (о )?(заключ|подпис)).*"))
            return "planned";
        if (lower.matches(".*(объяв|анонс|договорились о|достигнут[аы]? договор[её]нност).*"))
            return "announced";
        if (lower.matches(".*(подписан|подписал|подписыва|заключ|подписью).*"))
            return "signed";
        return "announced";
    }
}
