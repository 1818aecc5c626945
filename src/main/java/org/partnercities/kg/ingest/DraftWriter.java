package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;
import org.partnercities.kg.vocab.PCK;

/**
 * Writes a draft as one TriG named graph for its source, laid out for people to read and edit: one
 * block per entity with a comment saying whether it is linked or new, how sure the ingester is and
 * where it read it; then the passages (W3C Web Annotation) that tie each entity to its sentence.
 * Everything is sorted, so the same draft always gives the same bytes.
 */
public final class DraftWriter {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    /** Prefixes as the curated graphs write them, where they are not the kind itself. */
    private static final Map<String, String> SHORT = Map.of("organization", "orgn", "membership", "mship", "agreement", "agr",
            "programme", "prog", "recognition", "recog", "adoption", "adopt");
    private static final List<String> KIND_ORDER = List.of("source", "period", "country", "region", "city", "authority",
            "organisation", "school", "person", "group", "membership", "programme", "practice", "event", "agreement", "recognition",
            "adoption");

    static {
        PREFIXES.put("pck", PCK.NS);
        PREFIXES.put("rdf", Vocab.RDF);
        PREFIXES.put("rdfs", Vocab.RDFS);
        PREFIXES.put("xsd", Vocab.XSD);
        PREFIXES.put("skos", Vocab.SKOS);
        PREFIXES.put("dcterms", Vocab.DCT);
        PREFIXES.put("schema", Vocab.SCHEMA);
        PREFIXES.put("org", Vocab.ORG);
        PREFIXES.put("foaf", Vocab.FOAF);
        PREFIXES.put("oa", Vocab.OA);
        for (String kind : List.of("city", "region", "country", "authority", "organization", "school", "person", "group",
                "membership", "role", "programme", "practice", "event", "format", "agreement", "status", "recognition", "adoption",
                "period", "scheme", "source"))
            PREFIXES.put(SHORT.getOrDefault(kind, kind), PCK.ID + kind + "/");
    }

    private DraftWriter() {}

    /** The draft as TriG text. */
    public static String trig(Draft draft) {
        StringBuilder out = new StringBuilder();
        String psg = draft.source().getURI() + "/passage/";
        out.append("# Draft proposed by `kg ingest` from ").append(draft.text().name())
                .append(". Review it (see the review page), edit freely, then `kg accept` it or `kg reject` it.\n");
        out.append("# Each entity says whether it is linked to one the graph has or new, the ingester's confidence,\n");
        out.append("# and the sentence it was read from. Nothing here is in the store until it is accepted.\n");
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet())
            out.append("@prefix ").append(pad(prefix.getKey() + ":", 10)).append(" <").append(prefix.getValue()).append("> .\n");
        out.append("@prefix psg:       <").append(psg).append("> .\n\n");
        out.append(term(draft.source(), psg)).append(" {\n");
        Map<Node, Map<Node, TreeSet<String>>> statements = statements(draft, psg);
        List<Draft.Entity> entities = new ArrayList<>(draft.entities());
        entities.sort(Comparator.comparing((Draft.Entity e) -> KIND_ORDER.indexOf(e.kind()))
                .thenComparing(e -> e.iri().getURI()));
        String kind = null;
        for (Draft.Entity entity : entities) {
            if (!entity.kind().equals(kind)) {
                kind = entity.kind();
                out.append("\n  # ---------------------------------------------------------------- ").append(kind).append('\n');
            }
            out.append("\n  # ").append(entity.linked() ? "LINKED to an existing entity" : "NEW")
                    .append(String.format(Locale.ROOT, ", confidence %.2f", entity.confidence()));
            if (!entity.evidence().isEmpty()) {
                Draft.Evidence first = entity.evidence().get(0);
                out.append(", sentence ").append(first.sentence() + 1).append(": «")
                        .append(oneLine(draft.text().text().substring(first.start(), first.end()))).append('»');
            }
            out.append('\n');
            block(out, term(entity.iri(), psg), statements.getOrDefault(entity.iri(), Map.of()));
        }
        out.append("\n  # ---------------------------------------------------------------- passages\n");
        for (Draft.Entity entity : entities) {
            int n = 0;
            for (Draft.Evidence evidence : entity.evidence()) {
                n++;
                String name = passageName(entity, n);
                passage(out, draft, name, entity.iri(), evidence, psg);
            }
        }
        out.append("}\n");
        return out.toString();
    }

    static String passageName(Draft.Entity entity, int n) {
        String uri = entity.iri().getURI().substring(PCK.ID.length()).replace('/', '-');
        return uri + (n == 1 ? "" : "-" + n);
    }

    private static Map<Node, Map<Node, TreeSet<String>>> statements(Draft draft, String psg) {
        Map<Node, Map<Node, TreeSet<String>>> statements = new LinkedHashMap<>();
        for (Draft.Entity entity : draft.entities()) {
            Map<Node, TreeSet<String>> predicates = statements.computeIfAbsent(entity.iri(), k -> new TreeMap<>(PREDICATE_ORDER));
            for (Node type : entity.types())
                predicates.computeIfAbsent(Vocab.TYPE, k -> new TreeSet<>()).add(term(type, psg));
            if (entity.label() != null && !"source".equals(entity.kind()))
                predicates.computeIfAbsent(Vocab.LABEL, k -> new TreeSet<>()).add(literal(entity.label(), "ru"));
            if (entity.englishLabel != null && !"source".equals(entity.kind()))
                predicates.computeIfAbsent(Vocab.LABEL, k -> new TreeSet<>()).add(literal(entity.englishLabel, "en"));
            for (String alt : entity.altLabels())
                if (!alt.equals(entity.label()))
                    predicates.computeIfAbsent(Vocab.ALT_LABEL, k -> new TreeSet<>()).add(literal(alt, "ru"));
        }
        for (Draft.Fact fact : draft.facts()) {
            Map<Node, TreeSet<String>> predicates = statements.computeIfAbsent(fact.subject(), k -> new TreeMap<>(PREDICATE_ORDER));
            predicates.computeIfAbsent(fact.predicate(), k -> new TreeSet<>()).add(term(fact.object(), psg));
        }
        return statements;
    }

    private static final List<Node> FIRST = List.of(Vocab.TYPE, Vocab.LABEL, Vocab.ALT_LABEL, Vocab.NAME);
    private static final Comparator<Node> PREDICATE_ORDER = (a, b) -> {
        int ia = FIRST.indexOf(a);
        int ib = FIRST.indexOf(b);
        if (ia >= 0 || ib >= 0)
            return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
        return a.getURI().compareTo(b.getURI());
    };

    private static void block(StringBuilder out, String subject, Map<Node, TreeSet<String>> predicates) {
        out.append("  ").append(subject);
        boolean first = true;
        for (Map.Entry<Node, TreeSet<String>> p : predicates.entrySet()) {
            out.append(first ? " " : " ;\n      ");
            first = false;
            out.append(p.getKey().equals(Vocab.TYPE) ? "a" : term(p.getKey(), null)).append(' ')
                    .append(String.join(" , ", p.getValue()));
        }
        out.append(" .\n");
    }

    private static void passage(StringBuilder out, Draft draft, String name, Node body, Draft.Evidence evidence, String psg) {
        Sentence sentence = draft.sentences().get(evidence.sentence());
        String text = draft.text().text();
        String prefix = text.substring(Math.max(0, sentence.start() - 32), sentence.start());
        String suffix = text.substring(sentence.end(), Math.min(text.length(), sentence.end() + 32));
        out.append("\n  psg:").append(name).append(" a oa:Annotation ;\n")
                .append("      oa:motivatedBy oa:describing ;\n")
                .append("      oa:hasBody ").append(term(body, psg)).append(" ;\n")
                .append("      oa:hasTarget [ a oa:SpecificResource ;\n")
                .append("          oa:hasSource ").append(term(draft.source(), psg)).append(" ;\n")
                .append("          oa:hasSelector [ a oa:TextQuoteSelector ;\n")
                .append("                  oa:exact ").append(string(sentence.text())).append(" ;\n")
                .append("                  oa:prefix ").append(string(prefix)).append(" ;\n")
                .append("                  oa:suffix ").append(string(suffix)).append(" ] ,\n")
                .append("              [ a oa:TextPositionSelector ; oa:start ").append(sentence.start())
                .append(" ; oa:end ").append(sentence.end()).append(" ] ] .\n");
    }

    static String term(Node node, String psg) {
        if (node.isURI()) {
            String uri = node.getURI();
            String best = null;
            String bestNs = "";
            for (Map.Entry<String, String> prefix : PREFIXES.entrySet())
                if (uri.startsWith(prefix.getValue()) && prefix.getValue().length() > bestNs.length()
                        && uri.substring(prefix.getValue().length()).matches("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?")) {
                    best = prefix.getKey();
                    bestNs = prefix.getValue();
                }
            return best == null ? "<" + uri + ">" : best + ":" + uri.substring(bestNs.length());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                return literal(node.getLiteralLexicalForm(), lang);
            String type = node.getLiteralDatatypeURI();
            if (type == null || type.equals(Vocab.XSD + "string"))
                return string(node.getLiteralLexicalForm());
            if (type.equals(Vocab.XSD + "integer"))
                return node.getLiteralLexicalForm();
            return string(node.getLiteralLexicalForm()) + "^^" + term(org.apache.jena.graph.NodeFactory.createURI(type), psg);
        }
        throw new IllegalArgumentException("A draft has no blank nodes of its own: " + node);
    }

    private static String literal(String text, String lang) {
        return string(text) + "@" + lang;
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
