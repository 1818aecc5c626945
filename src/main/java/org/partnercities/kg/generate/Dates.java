package org.partnercities.kg.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Dates inside a school year, with the precision the reports give: mostly a day, often only a
 * month, sometimes a year, and sometimes nothing but the school year (then the fact is
 * {@code pck:during} it) — never an invented day.
 *
 * @param predicate {@code pck:date}, or {@code pck:during} when only the period is known
 * @param value     the typed literal, or the period
 * @param year      the calendar year of the day drawn (for slugs; the statement may not say it)
 */
record Dates(Node predicate, Node value, int year) {

    // September to June; fewer events in the holidays around the new year and at the end of May.
    private static final int[] MONTHS = {9, 10, 11, 12, 1, 2, 3, 4, 5, 6};
    private static final double[] MONTH_WEIGHTS = {9, 12, 12, 9, 6, 11, 12, 11, 10, 4};

    /** A date in the school year starting in {@code year}, with shares of day, month, year and none. */
    static Dates draw(SplittableRandom random, int year, double dayShare, double monthShare, double yearShare) {
        LocalDate date = day(random, year);
        double roll = random.nextDouble();
        if (roll < dayShare)
            return new Dates(Terms.DATE, Terms.typed(date.toString(), XSDDatatype.XSDdate), date.getYear());
        if (roll < dayShare + monthShare)
            return new Dates(Terms.DATE, Terms.typed(date.toString().substring(0, 7), XSDDatatype.XSDgYearMonth),
                    date.getYear());
        if (roll < dayShare + monthShare + yearShare)
            return new Dates(Terms.DATE, Terms.typed(Integer.toString(date.getYear()), XSDDatatype.XSDgYear),
                    date.getYear());
        return new Dates(Terms.DURING, Period.schoolYear(year).iri(), date.getYear());
    }

    private static LocalDate day(SplittableRandom random, int year) {
        double total = 0;
        for (double w : MONTH_WEIGHTS)
            total += w;
        double target = random.nextDouble() * total;
        int m = 0;
        while (m < MONTHS.length - 1 && target >= MONTH_WEIGHTS[m]) {
            target -= MONTH_WEIGHTS[m];
            m++;
        }
        int month = MONTHS[m];
        return LocalDate.of(month >= 9 ? year : year + 1, month, 1 + random.nextInt(28));
    }
}
