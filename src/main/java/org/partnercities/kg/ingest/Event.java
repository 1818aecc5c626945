package org.partnercities.kg.ingest;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/** An event as the report builds it up over its sentences, before it is written into the draft. */
final class Event {

    final EventKinds.Kind kind;
    final boolean series;
    final Sentence sentence;
    final int from;
    final int to;
    String title;
    String titleKey;
    String heading;
    Mentions.Date date;
    boolean dateFromContext;
    Node venue;
    Node city;
    String format;
    String frequency;
    String startTime;
    String labelHint;
    /** A delegation's visit: its people led it, they do not take part in each of its parts. */
    boolean delegation;
    /** The sentence that names a delegation («делегация», «команда»), and where its noun is; null and -1 for other events. */
    Sentence party;
    int partyFrom = -1;
    /** The institutions a delegation is said to be made of («В делегацию вошли руководители гимназии № 3 …»): they take part in each part of its visit. */
    final Set<Node> members = new LinkedHashSet<>();
    final Set<Event> partOf = new LinkedHashSet<>();
    final Set<Node> participants = new LinkedHashSet<>();
    final Set<Node> speakers = new LinkedHashSet<>();
    final Set<Node> presenters = new LinkedHashSet<>();
    final Set<Node> topics = new LinkedHashSet<>();
    final Set<Sentence> sentences = new LinkedHashSet<>();
    Node iri;
    double confidence = 0.7;

    Event(EventKinds.Kind kind, boolean series, Sentence sentence, int from, int to) {
        this.kind = kind;
        this.series = series;
        this.sentence = sentence;
        this.from = from;
        this.to = to;
        sentences.add(sentence);
    }

    /** «Семинар «title»», else the label hint, else the kind. */
    String shortLabel() {
        return title != null ? kind.russian() + " «" + title + "»" : labelHint != null ? labelHint : kind.russian();
    }
}
