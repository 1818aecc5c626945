package org.partnercities.kg.bench;

import java.util.ArrayList;
import java.util.List;

/** One section of the report: a heading, a note, and a Markdown table. */
final class Table {

    private final String heading;
    private final String note;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String heading, String note, String... header) {
        this.heading = heading;
        this.note = note;
        this.header = List.of(header);
    }

    Table row(Object... cells) {
        if (cells.length != header.size())
            throw new IllegalArgumentException(heading + ": a row needs " + header.size() + " cells, not " + cells.length);
        rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n");
        if (!note.isBlank())
            out.append(note).append("\n\n");
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++)
            out.append(i == 0 ? "---|" : "---:|");
        out.append('\n');
        for (List<String> row : rows)
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        return out.append('\n').toString();
    }

    /** "met" or "missed". */
    static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
