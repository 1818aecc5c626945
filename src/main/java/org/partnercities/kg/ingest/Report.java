package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * One report being read: its sentences, what the extractors have found in each so far, and the
 * draft they write into. Extractors run in a fixed order, each reading what earlier ones found.
 */
final class Report {

    static final Node CITY = Vocab.pck("City");
    static final Node REGION = Vocab.pck("Region");
    static final Node COUNTRY = Vocab.pck("Country");
    static final Node RUSSIA = Vocab.id("country", "russia");
    /** Stands for a city not yet known while reading; never written. */
    static final Node UNKNOWN_CITY = Vocab.id("city", "unknown");

    final ReportText text;
    final List<Sentence> sentences;
    final Morphology morphology;
    final Gazetteer gazetteer;
    final Knowledge knowledge;
    final Draft draft = new Draft();
    final Node source;
    final IngestOptions options;

    final Map<Integer, List<Mentions.Place>> places = new HashMap<>();
    final Map<Integer, List<Mentions.Date>> dates = new HashMap<>();
    final Map<Integer, List<Mentions.Institution>> institutions = new HashMap<>();
    final Map<Integer, List<Mentions.Person>> people = new HashMap<>();
    final Map<Integer, List<Mentions.Organisation>> organisations = new HashMap<>();
    final Map<Integer, List<Mentions.Practice>> practices = new HashMap<>();
    final Map<Integer, List<Mentions.Programme>> programmes = new HashMap<>();
    /** Token spans inside quotation marks, per sentence: titles, never read as mentions of their own. */
    final Map<Integer, List<int[]>> quotes = new HashMap<>();
    /** Token spans that are people's names, per sentence. */
    final Map<Integer, List<int[]>> names = new HashMap<>();
    /** Places in the order the report first names them, with how often. */
    final Map<Node, Integer> placeCounts = new LinkedHashMap<>();

    Node homeCity;
    Node period;

    Report(ReportText text, Knowledge knowledge, IngestOptions options) {
        this.text = text;
        this.sentences = Sentences.split(text.text());
        this.morphology = Morphology.russian();
        this.gazetteer = Gazetteer.standard();
        this.knowledge = knowledge;
        this.options = options;
        this.source = Vocab.id("source", options.sourceSlug());
        for (Sentence sentence : sentences)
            quotes.put(sentence.index(), quoteSpans(sentence.tokens()));
    }

    <T> List<T> list(Map<Integer, List<T>> map, int sentence) {
        return map.computeIfAbsent(sentence, k -> new ArrayList<>());
    }

    /** Evidence for tokens {@code from}..{@code to} of a sentence. */
    Draft.Evidence evidence(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty())
            return new Draft.Evidence(sentence.index(), sentence.start(), sentence.end());
        from = Math.max(0, Math.min(from, tokens.size() - 1));
        to = Math.max(from + 1, Math.min(to, tokens.size()));
        return new Draft.Evidence(sentence.index(), tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The text of tokens {@code from}..{@code to} as the report writes it. */
    String span(Sentence sentence, int from, int to) {
        if (from >= to)
            return "";
        return text.text().substring(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end());
    }

    boolean inQuotes(Sentence sentence, int token) {
        return Mentions.overlaps(token, token + 1, quotes.get(sentence.index()));
    }

    boolean inName(Sentence sentence, int token) {
        return Mentions.overlaps(token, token + 1, names.getOrDefault(sentence.index(), List.of()));
    }

    /** The entity of a gazetteer place: the known one if the graph has it, else a new one. */
    Node place(Gazetteer.Place place, Draft.Evidence evidence, double confidence) {
        Node type = place.kind() == Gazetteer.Kind.CITY ? CITY : REGION;
        Optional<Node> known = knowledge.place(place.russian(), type);
        Node iri = known.orElse(Vocab.id(place.kind() == Gazetteer.Kind.CITY ? "city" : "region", place.slug()));
        Draft.Entity entity = draft.entity(iri, place.kind() == Gazetteer.Kind.CITY ? "city" : "region",
                place.russian(), confidence, evidence);
        entity.types.add(type);
        entity.englishLabel = place.english();
        entity.linked = known.isPresent();
        country(evidence);
        draft.fact(iri, Vocab.pck("locatedIn"), RUSSIA, 0.95, evidence);
        placeCounts.merge(iri, 1, Integer::sum);
        return iri;
    }

    private void country(Draft.Evidence evidence) {
        Optional<Node> known = knowledge.place("Россия", COUNTRY);
        Draft.Entity russia = draft.entity(RUSSIA, "country", "Россия", 0.95, null);
        russia.types.add(COUNTRY);
        russia.englishLabel = "Russia";
        russia.linked = known.isPresent();
    }

    /** A literal in Russian. */
    static Node ru(String text) {
        return NodeFactory.createLiteralLang(text, "ru");
    }

    private static List<int[]> quoteSpans(List<Token> tokens) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int open = -1;
        boolean straight = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals("«")) {
                if (depth++ == 0)
                    open = i;
            } else if (t.equals("»") && depth > 0) {
                if (--depth == 0)
                    spans.add(new int[] {open, i + 1});
            } else if (t.equals("\"") || t.equals("“") || t.equals("”")) {
                if (depth == 0 && !straight) {
                    straight = true;
                    open = i;
                } else if (depth == 0) {
                    straight = false;
                    spans.add(new int[] {open, i + 1});
                }
            }
        }
        return spans;
    }
}
