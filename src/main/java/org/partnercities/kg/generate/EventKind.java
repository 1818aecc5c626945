package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;
import org.partnercities.kg.vocab.Slugs;

/**
 * The kinds of event the ontology models, how many schools take part (at least, on average above
 * that, at most) and how often they are held at a distance.
 */
enum EventKind {
    SEMINAR("Seminar", "Семинар", "Seminar", 2, 3, 12, 0.15),
    MASTER_CLASS("MasterClass", "Мастер-класс", "Master class", 1, 2, 6, 0.15),
    ROUND_TABLE("RoundTable", "Круглый стол", "Round table", 2, 2, 8, 0.15),
    CONSULTATION("Consultation", "Консультация", "Consultation", 1, 1, 4, 0.2),
    FORUM("Forum", "Форум", "Forum", 3, 8, 25, 0),
    CONTEST("Contest", "Конкурс", "Contest", 3, 6, 20, 0.5),
    MARATHON("Marathon", "Марафон", "Marathon", 2, 8, 30, 1),
    VIDEOCONFERENCE("Videoconference", "Видеоконференция", "Videoconference", 3, 6, 20, 1),
    TALK("Talk", "Доклад", "Talk", 0, 0, 0, 1),
    VISIT("Visit", "Визит", "Visit", 1, 1, 4, 0),
    SITE_VISIT("SiteVisit", "Посещение", "Site visit", 0, 0, 0, 0),
    EXCURSION("Excursion", "Экскурсия", "Excursion", 0, 0, 0, 0);

    /** Kinds of a stand-alone event and their weights. */
    static final EventKind[] SINGLE = {SEMINAR, MASTER_CLASS, ROUND_TABLE, CONSULTATION, FORUM, CONTEST, MARATHON};
    static final double[] SINGLE_WEIGHTS = {30, 22, 14, 12, 6, 8, 4};

    final Node type;
    final String russian;
    final String english;
    final String slug;
    final int minParticipants;
    final double meanExtraParticipants;
    final int maxParticipants;
    final double distanceShare;

    EventKind(String type, String russian, String english, int minParticipants, double meanExtraParticipants,
              int maxParticipants, double distanceShare) {
        this.type = Terms.pck(type);
        this.russian = russian;
        this.english = english;
        this.slug = Slugs.slug(english);
        this.minParticipants = minParticipants;
        this.meanExtraParticipants = meanExtraParticipants;
        this.maxParticipants = maxParticipants;
        this.distanceShare = distanceShare;
    }
}
