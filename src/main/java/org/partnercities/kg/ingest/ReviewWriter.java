package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.partnercities.kg.vocab.PCK;

/**
 * The review page of a draft, in Markdown (for the terminal) and HTML: every proposed entity —
 * linked to an existing one or new — and every fact, each with its confidence and the sentence it
 * came from; then the warnings, and for an already accepted report what accepting would change.
 */
public final class ReviewWriter {

    private ReviewWriter() {}

    /** One row of the review: a fact about an entity. */
    private record Row(String subject, String predicate, String object, double confidence, String sentence) {}

    public static String markdown(Draft draft, Changes changes) {
        StringBuilder out = new StringBuilder();
        out.append("# Review: ").append(draft.text().name()).append("\n\n");
        out.append("Source graph `<").append(draft.source().getURI()).append(">`. ")
                .append(summary(draft)).append("\n\n");
        changesMarkdown(out, changes);
        if (!draft.warnings().isEmpty()) {
            out.append("## Warnings\n\n");
            draft.warnings().forEach(w -> out.append("- ").append(w).append('\n'));
            out.append('\n');
        }
        out.append("## Entities\n\n| entity | kind | linked or new | confidence | sentence |\n|---|---|---|---|---|\n");
        for (Draft.Entity e : entities(draft))
            out.append("| ").append(cell(label(draft, e.iri()))).append(" `").append(local(e.iri())).append("` | ")
                    .append(e.kind()).append(" | ").append(e.linked() ? "linked" : "new").append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", e.confidence())).append(" | ")
                    .append(cell(sentence(draft, e.evidence().isEmpty() ? null : e.evidence().get(0)))).append(" |\n");
        out.append("\n## Facts\n\n| subject | property | value | confidence | sentence |\n|---|---|---|---|---|\n");
        for (Row row : rows(draft))
            out.append("| ").append(cell(row.subject())).append(" | ").append(row.predicate()).append(" | ")
                    .append(cell(row.object())).append(" | ").append(String.format(Locale.ROOT, "%.2f", row.confidence()))
                    .append(" | ").append(cell(row.sentence())).append(" |\n");
        return out.toString();
    }

    public static String html(Draft draft, Changes changes) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Review: ")
                .append(escape(draft.text().name())).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
                        + ".new{color:#a40}.linked{color:#070}.low{background:#fee}</style></head><body>\n");
        out.append("<h1>Review: ").append(escape(draft.text().name())).append("</h1>\n<p>Source graph <code>")
                .append(escape(draft.source().getURI())).append("</code>. ").append(escape(summary(draft))).append("</p>\n");
        if (changes.existed()) {
            out.append("<h2>Already accepted</h2><p>").append(escape(changesLine(changes))).append("</p>\n<pre>");
            changes.added().forEach(l -> out.append("+ ").append(escape(l)).append('\n'));
            changes.removed().forEach(l -> out.append("- ").append(escape(l)).append('\n'));
            out.append("</pre>\n");
        }
        if (!draft.warnings().isEmpty()) {
            out.append("<h2>Warnings</h2><ul>");
            draft.warnings().forEach(w -> out.append("<li>").append(escape(w)).append("</li>"));
            out.append("</ul>\n");
        }
        out.append("<h2>Entities</h2>\n<table><tr><th>entity</th><th>kind</th><th>linked or new</th><th>confidence</th><th>sentence</th></tr>\n");
        for (Draft.Entity e : entities(draft))
            out.append("<tr").append(e.confidence() < 0.6 ? " class=\"low\"" : "").append("><td>")
                    .append(escape(label(draft, e.iri()))).append("<br><code>").append(escape(local(e.iri()))).append("</code></td><td>")
                    .append(escape(e.kind())).append("</td><td class=\"").append(e.linked() ? "linked\">linked" : "new\">new")
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", e.confidence())).append("</td><td>")
                    .append(escape(sentence(draft, e.evidence().isEmpty() ? null : e.evidence().get(0)))).append("</td></tr>\n");
        out.append("</table>\n<h2>Facts</h2>\n<table><tr><th>subject</th><th>property</th><th>value</th><th>confidence</th><th>sentence</th></tr>\n");
        for (Row row : rows(draft))
            out.append("<tr").append(row.confidence() < 0.6 ? " class=\"low\"" : "").append("><td>").append(escape(row.subject()))
                    .append("</td><td>").append(escape(row.predicate())).append("</td><td>").append(escape(row.object()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", row.confidence())).append("</td><td>")
                    .append(escape(row.sentence())).append("</td></tr>\n");
        return out.append("</table>\n</body></html>\n").toString();
    }

    private static String summary(Draft draft) {
        long linked = draft.entities().stream().filter(Draft.Entity::linked).count();
        return draft.entities().size() + " entities (" + linked + " linked to existing ones, "
                + (draft.entities().size() - linked) + " new), " + draft.facts().size() + " facts, from "
                + draft.sentences().size() + " sentences.";
    }

    private static void changesMarkdown(StringBuilder out, Changes changes) {
        if (!changes.existed())
            return;
        out.append("## Already accepted\n\n").append(changesLine(changes)).append("\n\n```diff\n");
        changes.added().forEach(l -> out.append("+ ").append(l).append('\n'));
        changes.removed().forEach(l -> out.append("- ").append(l).append('\n'));
        out.append("```\n\n");
    }

    private static String changesLine(Changes changes) {
        if (changes.none())
            return "The store already has this source exactly as drafted: accepting changes nothing.";
        return "The store already has this source: accepting replaces it, adding " + changes.added().size()
                + " and removing " + changes.removed().size() + " statements (passages aside).";
    }

    private static List<Draft.Entity> entities(Draft draft) {
        List<Draft.Entity> list = new ArrayList<>(draft.entities());
        list.sort(Comparator.comparing((Draft.Entity e) -> e.kind()).thenComparing(e -> e.iri().getURI()));
        return list;
    }

    private static List<Row> rows(Draft draft) {
        List<Row> rows = new ArrayList<>();
        for (Draft.Fact f : draft.facts())
            rows.add(new Row(label(draft, f.subject()), local(f.predicate()), value(draft, f.object()), f.confidence(),
                    sentence(draft, f.evidence())));
        rows.sort(Comparator.comparing(Row::subject).thenComparing(Row::predicate).thenComparing(Row::object));
        return rows;
    }

    private static String label(Draft draft, Node node) {
        Draft.Entity e = draft.get(node);
        return e != null && e.label() != null ? e.label() : local(node);
    }

    private static String value(Draft draft, Node node) {
        if (node.isLiteral())
            return node.getLiteralLexicalForm();
        Draft.Entity e = draft.get(node);
        return e != null && e.label() != null ? e.label() + " (" + local(node) + ")" : local(node);
    }

    private static String local(Node node) {
        String uri = node.getURI();
        if (uri.startsWith(PCK.ID))
            return uri.substring(PCK.ID.length());
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return uri.substring(cut + 1);
    }

    private static String sentence(Draft draft, Draft.Evidence evidence) {
        if (evidence == null)
            return "";
        return (evidence.sentence() + 1) + ": " + draft.sentences().get(evidence.sentence()).text().replaceAll("\\s+", " ");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
