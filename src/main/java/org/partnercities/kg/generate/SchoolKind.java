package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/** The kinds of school the ontology models, with the words the labels need. */
enum SchoolKind {
    SCHOOL(null, "Школа", "школы", "School", ""),
    GYMNASIUM("Gymnasium", "Гимназия", "гимназии", "Gymnasium", "gymnasium-"),
    LYCEUM("Lyceum", "Лицей", "лицея", "Lyceum", "lyceum-"),
    IN_DEPTH_STUDY("InDepthStudySchool", "Школа", "школы", "School", ""),
    BOARDING("BoardingSchool", "Школа-интернат", "школы-интерната", "Boarding school", "boarding-school-");

    /** The subclass of pck:School, or null for a plain school. */
    final Node type;
    final String russian;
    final String russianGenitive;
    final String english;
    /** Part of the slug before the number, as the curated data mints them (magnitogorsk-gymnasium-53). */
    final String slugPrefix;

    SchoolKind(String type, String russian, String russianGenitive, String english, String slugPrefix) {
        this.type = type == null ? null : Terms.pck(type);
        this.russian = russian;
        this.russianGenitive = russianGenitive;
        this.english = english;
        this.slugPrefix = slugPrefix;
    }
}
