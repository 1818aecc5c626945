package org.partnercities.kg.generate;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A school: identified, as in the curated data, by its city, kind and number
 * ({@code school/kamensk-gymnasium-5}).
 *
 * @param subject      for a school with in-depth study, the subject (index into {@link #SUBJECTS})
 * @param stateBudget  a state budget school (ГБОУ), as the schools of the largest city are
 */
record School(int index, City city, int number, SchoolKind kind, int subject, boolean stateBudget) {

    /** Subjects of in-depth study: Russian genitive, English. */
    static final List<String[]> SUBJECTS = List.of(
            new String[] {"математики", "mathematics"}, new String[] {"физики", "physics"},
            new String[] {"химии", "chemistry"}, new String[] {"английского языка", "English"},
            new String[] {"информатики", "computer science"}, new String[] {"биологии", "biology"},
            new String[] {"истории", "history"}, new String[] {"русского языка", "Russian"});

    Node iri() {
        return Terms.id("school", city.slug() + "-" + kind.slugPrefix + number);
    }

    /** «Гимназия № 5», «Школа № 5 с углублённым изучением математики» */
    String russian() {
        String label = kind.russian + " № " + number;
        return kind == SchoolKind.IN_DEPTH_STUDY ? label + " с углублённым изучением " + SUBJECTS.get(subject)[0] : label;
    }

    /** "Gymnasium No. 5, Kamensk" */
    String english() {
        String label = kind.english + " No. " + number;
        if (kind == SchoolKind.IN_DEPTH_STUDY)
            label += " with in-depth study of " + SUBJECTS.get(subject)[1];
        return label + ", " + city.english();
    }

    /** «гимназии № 5», for «директор гимназии № 5». */
    String russianGenitive() {
        return kind.russianGenitive + " № " + number;
    }
}
