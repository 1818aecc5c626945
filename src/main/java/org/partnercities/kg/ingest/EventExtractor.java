package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Events of our kinds, read sentence by sentence: {@link EventTriggers} finds the nouns that name
 * them and their titles ({@link EventTitles}), {@link EventSettings} gives them dates, times,
 * venues and formats, {@link EventPeople} their participants, speakers and talks, and
 * {@link EventContext} relates them to each other and to a visit the report is about. An event
 * mentioned again by its title or kind is the same event. Events are built here and written into the draft by
 * {@link EventWriter}.
 */
final class EventExtractor {

    final Report report;
    final EventSections sections;
    final List<Event> events = new ArrayList<>();
    /** The events each sentence mentions. */
    final Map<Integer, List<Event>> bySentence = new HashMap<>();
    final EventTitles titles;
    final EventTriggers triggers;
    private final EventSettings settings;
    private final EventPeople people;
    private final EventContext context;
    private final EventSessions sessions;

    private EventExtractor(Report report) {
        this.report = report;
        this.sections = new EventSections(report);
        this.titles = new EventTitles(this);
        this.triggers = new EventTriggers(this);
        this.settings = new EventSettings(this);
        this.people = new EventPeople(this);
        this.context = new EventContext(this);
        this.sessions = new EventSessions(this);
    }

    /** Event nouns as the extractor reads them, for the extractors that run after it. */
    static EventTriggers triggers(Report report) {
        return new EventExtractor(report).triggers;
    }

    /** The events of a report, in the order it mentions them. */
    static List<Event> extract(Report report) {
        EventExtractor extractor = new EventExtractor(report);
        for (Sentence sentence : report.sentences)
            extractor.sentence(sentence);
        extractor.people.sectionPresenters();
        extractor.context.siteVisits();
        extractor.context.visitContext();
        return extractor.events;
    }

    private void sentence(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Event> here = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (report.inQuotes(sentence, i)) {
                Event referenced = titles.quotedReference(sentence, i);
                if (referenced != null && !here.contains(referenced)) {
                    here.add(referenced);
                    referenced.sentences.add(sentence);
                }
                continue;
            }
            EventKinds.Kind kind = triggers.kindAt(t, i);
            if (kind != null) {
                List<Event> found = triggers.trigger(sentence, i, kind);
                for (Event e : found)
                    if (!here.contains(e))
                        here.add(e);
                continue;
            }
            Event visit = context.visitAt(sentence, i);
            if (visit != null)
                here.add(visit);
        }
        here = new ArrayList<>(context.visitDay(sentence, here));
        boolean ownEvents = !here.isEmpty();
        if (!ownEvents)
            here = new ArrayList<>(context.placeVisited(sentence));
        if (here.isEmpty())
            here = new ArrayList<>(sessions.earlier(sentence));
        bySentence.put(sentence.index(), here);
        if (here.isEmpty()) {
            context.programmeRange(sentence);
            people.continuation(sentence);
            return;
        }
        for (Event e : here)
            e.sentences.add(sentence);
        settings.dates(sentence, here);
        if (ownEvents)
            context.sameDay(sentence, here);
        context.openingOrClosing(sentence, here);
        settings.venues(sentence, here);
        people.people(sentence, here);
        settings.formats(sentence, here);
        people.talks(sentence, here);
        context.withinOther(sentence, here);
    }

    /** A new event, with the heading of its section. */
    Event create(EventKinds.Kind kind, boolean series, Sentence sentence, int from, int to) {
        Event e = new Event(kind, series, sentence, from, to);
        Integer section = sections.of(sentence.index());
        if (section != null && section >= 0)
            e.heading = sections.heading(section);
        events.add(e);
        return e;
    }

    /** The last event of a kind so far, or null. */
    Event lastOf(EventKinds.Kind kind) {
        for (int e = events.size() - 1; e >= 0; e--)
            if (events.get(e).kind == kind)
                return events.get(e);
        return null;
    }

    private static int distance(Event e, Sentence sentence, int token) {
        return e.sentence == sentence ? Math.abs(e.from - token) : Integer.MAX_VALUE / 2;
    }

    /** Of the events of a sentence, the one whose noun is nearest a token (events of earlier sentences come last). */
    static Event nearest(List<Event> here, Sentence sentence, int token) {
        Event best = null;
        for (Event e : here)
            if (best == null || distance(e, sentence, token) < distance(best, sentence, token))
                best = e;
        return best;
    }

    /** Whether a word of the sentence outside quotes has one of the lemmas. */
    boolean says(Sentence sentence, List<String> lemmas) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            if (token.isWord() && !report.inQuotes(sentence, i))
                for (String lemma : report.morphology.lemmas(token.text()))
                    if (lemmas.contains(lemma))
                        return true;
        }
        return false;
    }
}
