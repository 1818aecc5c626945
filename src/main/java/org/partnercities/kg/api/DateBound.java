package org.partnercities.kg.api;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date parameter at the precision the caller gives it (a year, a month or a day), turned into
 * the first or last day it covers, so that a month-only event and a day range compare rightly.
 */
public final class DateBound {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateBound() {}

    /** The first day of the year, month or day given; null if none given. */
    public static String lower(String parameter, String value) {
        return value == null || value.isBlank() ? null : parse(parameter, value.strip(), true);
    }

    /** The last day of the year, month or day given; null if none given. */
    public static String upper(String parameter, String value) {
        return value == null || value.isBlank() ? null : parse(parameter, value.strip(), false);
    }

    private static String parse(String parameter, String value, boolean first) {
        try {
            if (YEAR.matcher(value).matches()) {
                Year year = Year.parse(value);
                return (first ? year.atDay(1) : year.atMonth(12).atEndOfMonth()).toString();
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return (first ? month.atDay(1) : month.atEndOfMonth()).toString();
            }
            // Only four-digit years: ISO also reads "+10000-01-01" and "-2020-01-01", which would not compare as text.
            if (DAY.matcher(value).matches())
                return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw new BadParameterException(parameter, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (was '"
                + EntityIds.shorten(value) + "')");
    }

    /** Checks that a range is not empty. */
    public static void checkOrder(String from, String to) {
        if (from != null && to != null && from.compareTo(to) > 0)
            throw new BadParameterException("to", "must not be before 'from' (" + from + " > " + to + ")");
    }
}
