package org.partnercities.kg.ingest;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Dates and periods: «20 декабря 2019 года» (a day), «в мае 2019 года» (a month), «с 1 июня 2020
 * года» (a start), «6–8 февраля» (a range), «в первой половине февраля 2020 года» (a month, with a
 * note), «в 2019 году» (a year), «2019-2020 учебный год» (a school year). A day and month without a
 * year take the year of the report (its publication date if given, else the school year it names,
 * else the year of its first day or month, see {@link Years}, else the nearest earlier year it
 * names) and say so in a note. Days are never invented.
 */
final class DateExtractor {

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("январь", 1), Map.entry("февраль", 2),
            Map.entry("март", 3), Map.entry("апрель", 4), Map.entry("май", 5), Map.entry("июнь", 6),
            Map.entry("июль", 7), Map.entry("август", 8), Map.entry("сентябрь", 9), Map.entry("октябрь", 10),
            Map.entry("ноябрь", 11), Map.entry("декабрь", 12));

    private DateExtractor() {}

    static void extract(Report report) {
        Years years = years(report);
        Integer lastYear = null;
        for (Sentence sentence : report.sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Mentions.Date date = at(report, sentence, i, lastYear, years);
                if (date != null) {
                    report.list(report.dates, sentence.index()).add(date);
                    if (date.note() == null || !date.note().startsWith("Year taken"))
                        lastYear = Integer.parseInt(date.value().getLiteralLexicalForm().substring(0, 4));
                    i = date.to() - 1;
                }
            }
        }
    }

    /**
     * What a day without a year belongs to: the school year the report names (autumn months in its first
     * year, the rest in its second), else the year of the first full date, the period the report is about
     * («С 13 по 17 марта 2023 года … с 2021 года … 14 марта» is 2023, not 2021).
     */
    record Years(Integer schoolFrom, Integer schoolTo, Integer first, Integer firstMonth) {

        /** The year of a month; a month before the report's first one, said in the future, is of the next year. */
        Integer of(int month, boolean future) {
            if (schoolFrom != null)
                return month >= 8 ? schoolFrom : schoolTo;
            if (first != null && future && firstMonth != null && month < firstMonth)
                return first + 1; // «24 января … выступят» in a report of December 2019
            return first;
        }

        String how(int month, boolean future) {
            if (schoolFrom != null)
                return "the school year " + schoolFrom + "-" + schoolTo + " the report names";
            if (!first.equals(of(month, future)))
                return "the year after the first date the report gives, " + first + ", since the text announces it";
            return "the first date the report gives, " + first;
        }
    }

    /** Whether the sentence speaks of the future («выступят», «представит», «будет»). */
    private static boolean future(Report report, Sentence sentence) {
        for (Token token : sentence.tokens())
            if (token.isWord() && (token.is("будет") || token.is("будут") || report.morphology.readings(token.text()).stream()
                    .anyMatch(r -> r.tag().startsWith("VB:Fut"))))
                return true;
        return false;
    }

    private static Years years(Report report) {
        Integer schoolFrom = null;
        Integer schoolTo = null;
        Integer first = null;
        Integer firstMonth = null;
        for (Sentence sentence : report.sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Mentions.Date date = at(report, sentence, i, null, null);
                if (date == null)
                    continue;
                int year = Integer.parseInt(date.value().getLiteralLexicalForm().substring(0, 4));
                if ("school-year".equals(date.note()) && schoolFrom == null) {
                    schoolFrom = year;
                    schoolTo = Integer.parseInt(date.end().getLiteralLexicalForm().substring(0, 4));
                } else if (first == null && date.value().getLiteralLexicalForm().length() > 4) {
                    first = year; // a month or a day of a year, not «с 2021 года»
                    firstMonth = Integer.parseInt(date.value().getLiteralLexicalForm().substring(5, 7));
                }
                i = date.to() - 1;
            }
        }
        return new Years(schoolFrom, schoolTo, first, firstMonth);
    }

    private static Mentions.Date at(Report report, Sentence sentence, int i, Integer lastYear, Years years) {
        List<Token> t = sentence.tokens();
        boolean start = i > 0 && t.get(i - 1).is("с");
        int from = start ? i - 1 : i;
        Token token = t.get(i);
        // 2019-2020 учебный год / 2019–2020 года / 2020/2021 учебном году
        if (isYear(token) && i + 2 < t.size() && (isDash(t.get(i + 1)) || t.get(i + 1).text().equals("/")) && isYear(t.get(i + 2))) {
            int end = i + 3;
            if (end < t.size() && is(report, t.get(end), "учебный"))
                end++;
            if (end < t.size() && is(report, t.get(end), "год"))
                end++;
            if (end == i + 3)
                return null;
            return new Mentions.Date(typed(token.text(), XSDDatatype.XSDgYear), typed(t.get(i + 2).text(), XSDDatatype.XSDgYear),
                    from, end, false, "school-year");
        }
        // 20 декабря 2019 [года] ; 6–8 февраля ; 26 июня
        if (token.isNumber() && token.text().length() <= 2) {
            int day = Integer.parseInt(token.text());
            int m = i + 1;
            Integer endDay = null;
            if (m + 1 < t.size() && (isDash(t.get(m)) || t.get(m).is("по") || t.get(m).is("до")) && t.get(m + 1).isNumber()
                    && t.get(m + 1).text().length() <= 2) { // «6–8 февраля», «с 1 по 3 октября»
                endDay = Integer.parseInt(t.get(m + 1).text());
                m += 2;
            }
            Integer month = m < t.size() ? month(report, t.get(m)) : null;
            if (month == null || day < 1 || day > 31)
                return null;
            int end = m + 1;
            String note = null;
            int year;
            if (end < t.size() && isYear(t.get(end))) {
                year = Integer.parseInt(t.get(end).text());
                end = yearWord(report, t, end + 1);
            } else {
                boolean future = years != null && future(report, sentence);
                Integer fromReport = years == null ? null : years.of(month, future);
                Integer inferred = report.options.published() != null ? Integer.valueOf(report.options.published().getYear())
                        : fromReport != null ? fromReport : lastYear;
                if (inferred == null)
                    return null;
                year = inferred;
                note = "Year taken from the report (" + (report.options.published() != null ? "published "
                        + report.options.published() : fromReport != null ? years.how(month, future)
                        : "the nearest earlier year it names, " + year)
                        + "); the text gives “" + report.span(sentence, i, m + 1) + "”.";
            }
            Node value = typed(String.format("%04d-%02d-%02d", year, month, day), XSDDatatype.XSDdate);
            Node endValue = endDay == null ? null : typed(String.format("%04d-%02d-%02d", year, month, endDay), XSDDatatype.XSDdate);
            return new Mentions.Date(value, endValue, from, end, start || endDay != null, note);
        }
        // в мае 2019 года / с сентября 2019 года / в первой половине февраля 2020 года
        Integer month = month(report, token);
        if (month != null && i + 1 < t.size() && isYear(t.get(i + 1))) {
            String note = null;
            int first = from;
            if (i >= 2 && is(report, t.get(i - 1), "половина")) {
                note = is(report, t.get(i - 2), "первый") ? "first half of the month" : "second half of the month";
                first = i - 2;
                if (first > 0 && t.get(first - 1).is("в"))
                    first--;
            }
            int end = yearWord(report, t, i + 2);
            Node value = typed(String.format("%s-%02d", t.get(i + 1).text(), month), XSDDatatype.XSDgYearMonth);
            return new Mentions.Date(value, null, first, end, start, note);
        }
        // «В феврале настала очередь …», «запланированы на апрель»: a month without a year, of the report's period
        if (month != null && i > 0 && (t.get(i - 1).is("в") || t.get(i - 1).is("на")) && years != null
                && !(i + 1 < t.size() && (t.get(i + 1).isNumber() || is(report, t.get(i + 1), "половина")))) {
            boolean future = future(report, sentence);
            Integer fromReport = years.of(month, future);
            Integer year = report.options.published() != null ? Integer.valueOf(report.options.published().getYear()) : fromReport;
            if (year == null)
                return null;
            String note = "Year taken from the report (" + (report.options.published() != null ? "published "
                    + report.options.published() : years.how(month, future)) + "); the text gives “"
                    + report.span(sentence, i - 1, i + 1) + "”.";
            return new Mentions.Date(typed(String.format("%04d-%02d", year, month), XSDDatatype.XSDgYearMonth), null, i - 1, i + 1,
                    false, note);
        }
        // в 2019 году
        if (isYear(token) && i + 1 < t.size() && is(report, t.get(i + 1), "год") && i > 0
                && (t.get(i - 1).is("в") || start))
            return new Mentions.Date(typed(token.text(), XSDDatatype.XSDgYear), null, from, i + 2, start, null);
        return null;
    }

    private static int yearWord(Report report, List<Token> t, int i) {
        if (i < t.size() && is(report, t.get(i), "год"))
            return i + 1;
        if (i + 1 < t.size() && t.get(i).is("г") && t.get(i + 1).text().equals("."))
            return i + 2;
        return i;
    }

    private static Integer month(Report report, Token token) {
        if (!token.isWord())
            return null;
        for (String lemma : report.morphology.lemmas(token.text())) {
            Integer month = MONTHS.get(lemma);
            if (month != null)
                return month;
        }
        return null;
    }

    static boolean is(Report report, Token token, String lemma) {
        return token.isWord() && report.morphology.hasLemma(token.text(), lemma);
    }

    private static boolean isYear(Token token) {
        return token.isNumber() && token.text().length() == 4 && token.text().compareTo("1900") > 0
                && token.text().compareTo("2100") < 0;
    }

    private static boolean isDash(Token token) {
        return token.text().equals("-") || token.text().equals("–") || token.text().equals("—");
    }

    static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
