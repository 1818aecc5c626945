package org.partnercities.kg.generate;

import org.apache.jena.graph.Node;

/**
 * A region (federal subject), an oblast or a krai named after its capital as most are (Каменск →
 * Каменская область, "Kamensk Oblast"), with its ministry of education.
 */
record Region(int index, City capital, boolean krai) {

    String slug() {
        return capital.slug() + (krai ? "-krai" : "-oblast");
    }

    Node iri() {
        return Terms.id("region", slug());
    }

    Node ministry() {
        return Terms.id("authority", slug() + "-ministry-of-education");
    }

    /** «Каменская область» */
    String russian() {
        return capital.name().adjectiveStem() + (krai ? "кий край" : "кая область");
    }

    /** «Каменской области» */
    String russianGenitive() {
        return capital.name().adjectiveStem() + (krai ? "кого края" : "кой области");
    }

    String english() {
        return capital.english() + (krai ? " Krai" : " Oblast");
    }

    /** «Министерство образования Каменской области» */
    String ministryRussian() {
        return "Министерство образования " + russianGenitive();
    }

    String ministryEnglish() {
        return "Ministry of Education of " + english();
    }
}
