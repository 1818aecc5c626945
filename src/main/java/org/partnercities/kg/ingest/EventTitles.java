package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Titles of events: the quoted titles that follow an event noun within a few words (one, or a list
 * «A», «B», «C» after a plural), never the name of a project or institution in between; and a
 * quoted title that names an event the report already has («в «Сити-марафоне»»), compared by the
 * lemmas of its words.
 */
final class EventTitles {

    private static final int TITLE_WINDOW = 14;
    /** Nouns whose quoted name follows them: «в рамках проекта «…»» titles the project, not the event. */
    private static final Set<String> OWN_NAMES = Set.of("рамка", "проект", "программа", "ресурс", "кластер");

    private final EventExtractor x;
    private final Report report;

    EventTitles(EventExtractor extractor) {
        this.x = extractor;
        this.report = extractor.report;
    }

    /** Titles in quotes that follow the trigger within a few words: one, or a list («A», «B», «C»). */
    List<String> titles(Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        List<String> titles = new ArrayList<>();
        int k = i + 1;
        while (k < t.size() && k - i <= TITLE_WINDOW) {
            String text = t.get(k).text();
            if (text.equals("«") || text.equals("\"") || text.equals("“"))
                break;
            if (text.equals(";") || text.equals(".") || x.triggers.kindAt(t, k) != null
                    || report.morphology.hasLemma(t.get(k).text(), "посетить")
                    || InstitutionExtractor.kindOf(report, t, k) != null // «лицея «Развитие»»: the institution's name
                    || t.get(k).isWord() && report.morphology.lemmas(t.get(k).text()).stream().anyMatch(OWN_NAMES::contains)
                            && !x.triggers.plural(t.get(k))) // «фестиваль ученических проектов «…»»: a kind, not a project's name
                return titles; // «в рамках проекта «…»»: the title is the project's, not the event's
            k++;
        }
        if (k < t.size() && x.triggers.plural(t.get(i)) && !seriesBefore(t, i) && !t.get(k - 1).text().equals(":"))
            return titles; // «мастер-классы …: «A», «B»» lists titles; a plural without a list is no title
        while (k < t.size()) {
            int[] span = quoteAt(sentence, k);
            if (span == null)
                break;
            titles.add(report.span(sentence, span[0] + 1, span[1] - 1));
            k = span[1];
            if (k + 1 < t.size() && (t.get(k).text().equals(",") || t.get(k).is("и")) && quoteAt(sentence, k + 1) != null
                    && x.triggers.plural(t.get(i)))
                k++;
            else
                break;
        }
        return titles;
    }

    private boolean seriesBefore(List<Token> t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++)
            if (report.morphology.hasLemma(t.get(k).text(), "цикл"))
                return true;
        return false;
    }

    /** The quoted span that opens at token {@code k}, or null. */
    int[] quoteAt(Sentence sentence, int k) {
        for (int[] span : report.quotes.get(sentence.index()))
            if (span[0] == k)
                return span;
        return null;
    }

    /** A quoted title that names an event the report already has («в «Сити-марафоне»»). */
    Event quotedReference(Sentence sentence, int i) {
        int[] span = quoteAt(sentence, i);
        if (span == null)
            return null;
        String key = titleKey(report.span(sentence, span[0] + 1, span[1] - 1));
        for (int e = x.events.size() - 1; e >= 0; e--)
            if (x.events.get(e).titleKey != null && matches(x.events.get(e).titleKey, key))
                return x.events.get(e);
        return null;
    }

    /** The event the report already has with this title, or null. */
    Event byTitle(String title) {
        String key = titleKey(title);
        for (Event e : x.events)
            if (e.titleKey != null && matches(e.titleKey, key))
                return e;
        return null;
    }

    private static boolean matches(String a, String b) {
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    /** Lemmas of a title's words: «Сити-марафоне» and «Сити-марафон онлайн» share "сити-марафон". */
    String titleKey(String title) {
        List<String> words = new ArrayList<>();
        for (Token token : Sentences.tokenize(title, 0, title.length())) {
            if (!token.isWord() && !token.isNumber())
                continue;
            String text = token.lower();
            if (text.indexOf('-') > 0) {
                String head = text.substring(0, text.lastIndexOf('-') + 1);
                words.add(head + report.morphology.lemmas(text.substring(text.lastIndexOf('-') + 1)).get(0));
            } else {
                words.add(report.morphology.lemmas(text).get(0));
            }
        }
        return String.join(" ", words);
    }

    /** Sets an event's title (and the key it is found again by). */
    void title(Event e, String title) {
        e.title = title;
        e.titleKey = titleKey(title);
    }
}
