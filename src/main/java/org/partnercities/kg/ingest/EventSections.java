package org.partnercities.kg.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * The sections of a report: a heading is a short paragraph whose last line ends no sentence; it
 * starts a section that runs to the next heading. Events take their section's heading as a title
 * hint, and a section's presenters present its events.
 */
final class EventSections {

    private final Map<Integer, Integer> sectionOf = new HashMap<>();
    private final Map<Integer, String> headings = new HashMap<>();

    EventSections(Report report) {
        int section = -1;
        int paragraph = -1;
        for (Sentence sentence : report.sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                if (heading(report, paragraph)) {
                    section = paragraph;
                    headings.put(section, sentence.text().replaceAll("[.]$", ""));
                }
            }
            sectionOf.put(sentence.index(), section);
        }
    }

    private static boolean heading(Report report, int paragraph) {
        List<Sentence> lines = report.sentences.stream().filter(s -> s.paragraph() == paragraph).toList();
        String last = lines.get(lines.size() - 1).text();
        char end = last.charAt(last.length() - 1);
        int length = lines.stream().mapToInt(s -> s.text().length()).sum();
        return ".!?…:;".indexOf(end) < 0 && length < 200 && lines.size() <= 2;
    }

    /** The section (its heading's paragraph) of a sentence, or -1 before the first heading; null for no such sentence. */
    Integer of(int sentence) {
        return sectionOf.get(sentence);
    }

    /** Whether a sentence is a section's heading itself. */
    boolean isHeading(Sentence sentence) {
        return headings.containsKey(sentence.paragraph()) && sectionOf.get(sentence.index()) == sentence.paragraph();
    }

    /** The heading of a section, or null. */
    String heading(int section) {
        return headings.get(section);
    }

    /** Every heading by its section. */
    Map<Integer, String> headings() {
        return headings;
    }
}
