package org.partnercities.kg.generate;

/** The kinds of entity the generator counts in its report. */
public enum Kind {
    REGIONS("regions"),
    CITIES("cities"),
    AUTHORITIES("education authorities"),
    SCHOOLS("schools"),
    DIRECTORS("directors"),
    TEACHERS("teachers (and deputy directors)"),
    PEOPLE("people"),
    MEMBERSHIPS("memberships"),
    THEMES("themes"),
    PRACTICES("practices"),
    EVENTS("events"),
    AGREEMENTS("agreements"),
    ADOPTIONS("practice adoptions"),
    SOURCES("source documents");

    public final String label;

    Kind(String label) {
        this.label = label;
    }
}
