package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/** A period a source reports on: a school year, or the whole span of the synthetic data, in whole years. */
record Period(Node iri, String russian, String english, int startYear, int endYear) {

    static final int FIRST_SCHOOL_YEAR = 2015;
    static final int SCHOOL_YEARS = 10;

    /** The school year starting in September of {@code year}, named as in the curated data. */
    static Period schoolYear(int year) {
        return new Period(Terms.id("period", "school-year-" + year + "-" + (year + 1)),
                year + "–" + (year + 1) + " учебный год", year + "-" + (year + 1) + " school year", year, year + 1);
    }

    /** Every school year the synthetic data covers. */
    static Period all() {
        int last = FIRST_SCHOOL_YEAR + SCHOOL_YEARS;
        return new Period(Terms.id("period", FIRST_SCHOOL_YEAR + "-" + last),
                FIRST_SCHOOL_YEAR + "–" + last + " годы", FIRST_SCHOOL_YEAR + "-" + last, FIRST_SCHOOL_YEAR, last);
    }
}
