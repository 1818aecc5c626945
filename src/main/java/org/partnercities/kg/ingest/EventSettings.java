package org.partnercities.kg.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * When, where and how an event takes place: each date of a sentence goes to the nearest event noun
 * (an undated event first), «в 10:00» is a start time, «на базе X», «на этой площадке» and «на
 * X» right after the noun are venues, and the sentence's words say whether it is held at a
 * distance or in person.
 */
final class EventSettings {

    private static final Pattern TIME = Pattern.compile("\\bв (\\d{1,2}:\\d{2})\\b");

    private final EventExtractor x;
    private final Report report;

    EventSettings(EventExtractor extractor) {
        this.x = extractor;
        this.report = extractor.report;
    }

    /** Each date of the sentence to the nearest event without one; a time of day to the first event. */
    void dates(Sentence sentence, List<Event> here) {
        for (Mentions.Date date : report.list(report.dates, sentence.index())) {
            if (report.inQuotes(sentence, date.from()) || date.note() != null && date.note().equals("school-year"))
                continue;
            List<Event> undated = here.stream().filter(e -> e.date == null || e.dateFromContext).toList();
            Event e = EventExtractor.nearest(undated.isEmpty() ? here : undated, sentence, date.from());
            if (e != null && (e.date == null || e.dateFromContext)) {
                e.date = date;
                e.dateFromContext = false;
            }
        }
        Matcher time = TIME.matcher(sentence.text());
        if (time.find())
            here.get(0).startTime = time.group(1);
    }

    /** «на базе X», «на этой площадке» (the institution last named in the section), «семинар на X». */
    void venues(Sentence sentence, List<Event> here) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            Node venue = null;
            int at = -1;
            if (t.get(i).is("на") && report.morphology.hasLemma(t.get(i + 1).text(), "база")) {
                at = i + 2;
                venue = agentAt(sentence, at);
            } else if (t.get(i).is("на") && report.morphology.hasLemma(t.get(i + 1).text(), "этот") && i + 2 < t.size()
                    && report.morphology.hasLemma(t.get(i + 2).text(), "площадка")) {
                at = i;
                venue = lastInstitutionBefore(sentence);
            } else if (t.get(i).is("на") && i > 0 && x.triggers.kindAt(t, i - 1) != null) {
                at = i + 1;
                venue = agentAt(sentence, at);
                Event e = EventExtractor.nearest(here, sentence, i);
                if (venue != null && e != null && e.labelHint == null && e.title == null)
                    e.labelHint = report.span(sentence, e.from, organisationEnd(sentence, at));
            }
            if (venue != null) {
                Event e = EventExtractor.nearest(here, sentence, at);
                if (e != null && e.venue == null)
                    e.venue = venue;
            }
        }
    }

    private int organisationEnd(Sentence sentence, int at) {
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() == at)
                return o.to();
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == at)
                return s.to();
        return at + 1;
    }

    private Node agentAt(Sentence sentence, int at) {
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == at || s.from() == at + 1)
                return s.iri();
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
            if (o.from() == at || o.from() == at + 1)
                return o.iri();
        return null;
    }

    private Node lastInstitutionBefore(Sentence sentence) {
        Integer section = x.sections.of(sentence.index());
        for (int s = sentence.index(); s >= 0; s--) {
            if (section != null && section >= 0 && !section.equals(x.sections.of(s)))
                break;
            List<Mentions.Institution> list = report.list(report.institutions, s);
            if (!list.isEmpty())
                return list.get(list.size() - 1).iri();
        }
        return null;
    }

    /** Distance («дистанционно», «онлайн», a videoconference) or in person («очно»), for events first named here. */
    void formats(Sentence sentence, List<Event> here) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        String format = lower.contains("дистанцион") || lower.contains("онлайн") || lower.contains("видеоконференц")
                || lower.contains("вебинар") ? "distance" : lower.contains("очн") ? "in-person" : null;
        for (Event e : here) {
            if (e.format == null && e.sentence == sentence) {
                if (e.kind == EventKinds.VIDEOCONFERENCE || e.title != null && e.title.toLowerCase(Locale.ROOT).contains("онлайн"))
                    e.format = "distance";
                else if (format != null && (here.size() == 1 || format.equals("distance") == lower.contains("дистанцион")))
                    e.format = format;
            }
        }
    }
}
