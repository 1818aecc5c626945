package org.partnercities.kg.ingest;

import java.util.List;
import java.util.Map;

/** The event kinds of the ontology and the Russian words that name them. */
final class EventKinds {

    /** A kind: the class, a slug part, and how a label names it. */
    record Kind(String local, String slug, String russian, String english) {}

    static final Kind SEMINAR = new Kind("Seminar", "seminar", "Семинар", "Seminar");
    static final Kind VIDEOCONFERENCE = new Kind("Videoconference", "videoconference", "Видеоконференция", "Videoconference");
    static final Kind ROUND_TABLE = new Kind("RoundTable", "round-table", "Круглый стол", "Round table");
    static final Kind CONSULTATION = new Kind("Consultation", "consultation", "Консультация", "Consultation");
    static final Kind VISIT = new Kind("Visit", "visit", "Визит", "Visit");
    static final Kind FORUM = new Kind("Forum", "forum", "Форум", "Forum");
    static final Kind MASTER_CLASS = new Kind("MasterClass", "master-class", "Мастер-класс", "Master class");
    static final Kind MARATHON = new Kind("Marathon", "marathon", "Марафон", "Marathon");
    static final Kind EXCURSION = new Kind("Excursion", "excursion", "Экскурсия", "Excursion");
    static final Kind CONTEST = new Kind("Contest", "contest", "Конкурс", "Contest");
    static final Kind TALK = new Kind("Talk", "talk", "Выступление", "Talk");
    static final Kind SITE_VISIT = new Kind("SiteVisit", "site-visit", "Посещение", "Site visit");

    /** Nouns (lemmas) that name an event of a kind. */
    static final Map<String, Kind> NOUNS = Map.ofEntries(Map.entry("семинар", SEMINAR), Map.entry("вебинар", SEMINAR),
            Map.entry("семинар-практикум", SEMINAR), Map.entry("видеоконференция", VIDEOCONFERENCE),
            Map.entry("конференция", FORUM), Map.entry("консультация", CONSULTATION), Map.entry("визит", VISIT),
            Map.entry("стажировка", VISIT), Map.entry("форум", FORUM), Map.entry("фестиваль", FORUM),
            Map.entry("мастер-класс", MASTER_CLASS), Map.entry("марафон", MARATHON),
            Map.entry("марафон-абонемент", MARATHON), Map.entry("экскурсия", EXCURSION), Map.entry("конкурс", CONTEST),
            Map.entry("олимпиада", CONTEST));

    /** Words (lemmas) saying someone took part. */
    static final List<String> PARTICIPATION = List.of("участник", "участие", "участвовать", "посетить", "познакомиться",
            "заявка", "присоединиться", "делегация", "команда", "победитель", "призер", "лауреат");
    /** Words (lemmas) saying someone spoke or presented. */
    static final List<String> SPEAKING = List.of("рассказать", "выступить", "выступление", "представить", "доклад",
            "поделиться", "показать", "провести");

    private EventKinds() {}
}
