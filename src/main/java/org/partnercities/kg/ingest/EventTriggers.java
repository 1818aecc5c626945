package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;

import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Event kinds by the nouns that name them («семинара», «круглого стола», «вебинаров»), and what a
 * noun refers to: a new event when it has a title or a date of its own, a series after «цикл» or
 * «ежемесячных», the first event of a series after «первый», else the last event of its kind.
 */
final class EventTriggers {

    private final EventExtractor x;
    private final Report report;

    EventTriggers(EventExtractor extractor) {
        this.x = extractor;
        this.report = extractor.report;
    }

    /** The event kind a token names, or null. */
    EventKinds.Kind kindAt(List<Token> t, int i) {
        Token token = t.get(i);
        if (!token.isWord())
            return null;
        String lower = token.lower();
        if (lower.startsWith("мастер-класс"))
            return EventKinds.MASTER_CLASS;
        if (report.morphology.hasLemma(token.text(), "стол") && i > 0 && report.morphology.hasLemma(t.get(i - 1).text(), "круглый"))
            return EventKinds.ROUND_TABLE;
        for (String lemma : report.morphology.lemmas(token.text()))
            if (EventKinds.NOUNS.containsKey(lemma))
                return EventKinds.NOUNS.get(lemma);
        if (report.morphology.readings(token.text()).isEmpty()) {
            // A word the dictionary does not know («вебинаров»): its ending off.
            for (String ending : new String[] {"ами", "ах", "ам", "ов", "ом", "е", "а", "у", "ы", "и"})
                if (lower.endsWith(ending) && EventKinds.NOUNS.containsKey(lower.substring(0, lower.length() - ending.length())))
                    return EventKinds.NOUNS.get(lower.substring(0, lower.length() - ending.length()));
        }
        if (lower.indexOf('-') > 0) {
            String[] parts = lower.split("-");
            for (String part : new String[] {parts[0], parts[parts.length - 1]})
                for (String lemma : report.morphology.lemmas(part))
                    if (EventKinds.NOUNS.containsKey(lemma))
                        return EventKinds.NOUNS.get(lemma);
        }
        return null;
    }

    /** Whether an event noun is plural (its last part, for «семинары-практикумы»). */
    boolean plural(Token token) {
        String word = token.text().contains("-") ? token.text().substring(token.text().lastIndexOf('-') + 1) : token.text();
        List<Morphology.Reading> readings = report.morphology.readings(word);
        if (readings.isEmpty())
            return word.matches(".*(ов|ах|ами|ам|ы|и)");
        return !readings.isEmpty() && readings.stream().filter(Morphology.Reading::noun).allMatch(Morphology.Reading::plural);
    }

    /** The events an event noun at token {@code i} refers to: new ones, or ones the report already has. */
    List<Event> trigger(Sentence sentence, int i, EventKinds.Kind kind) {
        List<Token> t = sentence.tokens();
        int from = kind == EventKinds.ROUND_TABLE ? i - 1 : i;
        boolean series = false;
        String frequency = null;
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (report.morphology.hasLemma(t.get(k).text(), "цикл"))
                series = true;
            if (report.morphology.hasLemma(t.get(k).text(), "ежемесячный")) {
                series = true;
                frequency = "ежемесячно";
            }
        }
        boolean first = from > 0 && report.morphology.hasLemma(t.get(from - 1).text(), "первый");
        List<String> titles = x.titles.titles(sentence, i);
        List<Event> found = new ArrayList<>();
        if (!titles.isEmpty()) {
            for (String title : titles) {
                Event known = x.titles.byTitle(title);
                if (known != null) {
                    found.add(known);
                    continue;
                }
                Event e = x.create(kind, series, sentence, from, i + 1);
                x.titles.title(e, title);
                e.frequency = frequency;
                found.add(e);
            }
            return found;
        }
        for (Event e : x.events)
            if (e.sentence == sentence && e.kind == kind && !e.series == !series)
                return List.of(e); // «марафон-абонемент «…»; … к марафону»: the same one
        boolean dated = dateIsNearest(sentence, i);
        if (series) {
            Event e = x.create(kind, true, sentence, from, i + 1);
            e.frequency = frequency;
            found.add(e);
            return found;
        }
        Event last = x.lastOf(kind);
        if (first && last != null && last.series) {
            Event e = x.create(kind, false, sentence, from, i + 1);
            e.partOf.add(last);
            e.date = last.date;
            e.dateFromContext = true;
            e.labelHint = "Первое мероприятие цикла: " + last.shortLabel();
            found.add(e);
            return found;
        }
        if (!plural(t.get(i)) && dated && kind != EventKinds.VISIT) {
            Event e = x.create(kind, false, sentence, from, i + 1);
            if (last != null && last.series)
                e.partOf.add(last);
            found.add(e);
            return found;
        }
        if (last != null) {
            found.add(last);
            return found;
        }
        if (!plural(t.get(i)) && (kind == EventKinds.EXCURSION || kind == EventKinds.CONSULTATION || kind == EventKinds.VISIT)) {
            found.add(x.create(kind, false, sentence, from, i + 1));
        }
        return found;
    }

    /** Whether a date of the sentence is nearer this trigger than any other trigger of the sentence. */
    private boolean dateIsNearest(Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        List<Integer> triggers = new ArrayList<>();
        for (int k = 0; k < t.size(); k++)
            if (!report.inQuotes(sentence, k) && kindAt(t, k) != null)
                triggers.add(k);
        for (Mentions.Date date : report.list(report.dates, sentence.index())) {
            if ("school-year".equals(date.note()) || report.inQuotes(sentence, date.from()))
                continue;
            // «сотрудничество шло с 2021 года через видеоконференции»: the start of a period dates no single event.
            if (date.start() && date.end() == null && date.value().getLiteralLexicalForm().length() == 4)
                continue;
            int best = triggers.stream().min((a, b) -> Integer.compare(Math.abs(a - date.from()), Math.abs(b - date.from())))
                    .orElse(i);
            if (best == i)
                return true;
        }
        return false;
    }
}
