package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Reads a report and proposes its facts in our ontology, linked to what the graph already knows:
 * the extractors run in order (dates, people, places, institutions, organisations, groups, roles,
 * plural roles, events, practices, programmes, agreements, recognitions, adoptions), then the source document and its period are described. The same
 * report and knowledge always give the same draft.
 */
public final class Ingester {

    private static final String[] MONTHS = {"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
            "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"};

    private Ingester() {}

    /** The draft for {@code text}, linked against {@code knowledge}. */
    public static Draft ingest(ReportText text, IngestOptions options, Knowledge knowledge) {
        Report report = new Report(text, knowledge, options);
        Draft draft = report.draft;
        draft.text = text;
        draft.sentences = report.sentences;
        draft.source = report.source;
        draft.options = options;
        draft.warnings.addAll(text.warnings());
        DateExtractor.extract(report);
        PersonExtractor.extract(report);
        PlaceExtractor.extract(report);
        report.homeCity = homeCity(report);
        InstitutionExtractor.extract(report);
        OrganisationExtractor.extract(report);
        GroupExtractor.extract(report);
        RoleExtractor.extract(report);
        PluralRoleExtractor.extract(report);
        report.period = period(report);
        List<Event> events = EventExtractor.extract(report);
        PracticeExtractor.extract(report, events);
        EventWriter.write(report, events);
        ProgrammeExtractor.extract(report, events);
        Event visit = events.stream().filter(e -> e.kind == EventKinds.VISIT).findFirst().orElse(null);
        AgreementExtractor.extract(report, visit);
        RecognitionExtractor.extract(report);
        AdoptionExtractor.extract(report, events);
        describeSource(report);
        restateLinked(report);
        return draft;
    }

    /** The report's own city: the one it names most, Moscow (every partner's counterpart) only if it names no other. */
    private static Node homeCity(Report report) {
        Node best = null;
        int bestCount = 0;
        Node moscow = null;
        for (Map.Entry<Node, Integer> e : report.placeCounts.entrySet()) {
            Draft.Entity entity = report.draft.get(e.getKey());
            if (entity == null || !"city".equals(entity.kind))
                continue;
            if ("Москва".equals(entity.label)) {
                moscow = e.getKey();
                continue;
            }
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best != null ? best : moscow;
    }

    /** The period the report is about: a school year it names, else the month of its first date, else its year. */
    private static Node period(Report report) {
        Mentions.Date first = null;
        for (Sentences.Sentence sentence : report.sentences) {
            for (Mentions.Date date : report.list(report.dates, sentence.index())) {
                if ("school-year".equals(date.note())) {
                    String from = date.value().getLiteralLexicalForm();
                    String to = date.end().getLiteralLexicalForm();
                    return period(report, "school-year-" + from + "-" + to, from + "–" + to + " учебный год",
                            from + "-" + to + " school year", date.value(), date.end(), sentence, date);
                }
                if (first == null && (date.note() == null || !date.note().startsWith("Year taken")))
                    first = date;
            }
        }
        if (first != null) {
            String lexical = first.value().getLiteralLexicalForm();
            String month = lexical.length() >= 7 ? lexical.substring(0, 7) : lexical.substring(0, 4);
            Node value = NodeFactory.createLiteralDT(month, month.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear);
            Sentences.Sentence sentence = sentenceOf(report, first);
            String russian = month.length() == 7 ? MONTHS[Integer.parseInt(month.substring(5)) - 1] + " " + month.substring(0, 4) + " года"
                    : month + " год";
            return period(report, month, russian, month, value, value, sentence, first);
        }
        if (report.options.published() != null) {
            String year = String.valueOf(report.options.published().getYear());
            Node value = NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear);
            return period(report, year, year + " год", year, value, value, null, null);
        }
        report.draft.warnings.add("The report names no date and no --published date was given: add the period it is about");
        return null;
    }

    private static Sentences.Sentence sentenceOf(Report report, Mentions.Date date) {
        for (Sentences.Sentence s : report.sentences)
            if (report.list(report.dates, s.index()).contains(date))
                return s;
        return null;
    }

    private static Node period(Report report, String slug, String russian, String english, Node start, Node end,
                               Sentences.Sentence sentence, Mentions.Date date) {
        Node iri = Vocab.id("period", slug);
        Draft.Evidence evidence = sentence == null ? null : report.evidence(sentence, date.from(), date.to());
        Draft.Entity entity = report.draft.entity(iri, "period", russian, 0.8, evidence);
        entity.types.add(Vocab.pck("Period"));
        entity.englishLabel = english;
        report.draft.fact(iri, Vocab.pck("startDate"), start, 0.8, evidence);
        report.draft.fact(iri, Vocab.pck("endDate"), end, 0.8, evidence);
        return iri;
    }

    private static void describeSource(Report report) {
        Draft draft = report.draft;
        Node source = report.source;
        String first = report.sentences.isEmpty() ? report.text.name() : report.sentences.get(0).text();
        String title = first.length() > 90 ? first.substring(0, first.lastIndexOf(' ', 90)) + "…" : first;
        Draft.Entity entity = draft.entity(source, "source", title, 1.0, null);
        entity.types.add(Vocab.pck("SourceDocument"));
        draft.fact(source, Vocab.TITLE, Report.ru(title), 1.0, null);
        draft.fact(source, Vocab.IDENTIFIER, NodeFactory.createLiteralString(report.text.name()), 1.0, null);
        draft.fact(source, Vocab.LANGUAGE, NodeFactory.createLiteralString("ru"), 1.0, null);
        draft.fact(source, Vocab.EDITORIAL_NOTE, NodeFactory.createLiteralLang("Draft proposed by kg ingest from "
                + report.text.name() + "; the title is the report's first sentence. Review every statement before "
                + "accepting.", "en"), 1.0, null);
        if (report.period != null)
            draft.fact(source, Vocab.pck("subjectPeriod"), report.period, 1.0, null);
        if (report.options.published() != null)
            draft.fact(source, Vocab.DATE, NodeFactory.createLiteralDT(report.options.published().toString(),
                    XSDDatatype.XSDdate), 1.0, null);
        if (report.options.sourceUrl() != null)
            draft.fact(source, Vocab.URL, NodeFactory.createURI(report.options.sourceUrl()), 1.0, null);
    }

    /** Entities linked to existing ones are restated with the labels the graph gives them. */
    private static void restateLinked(Report report) {
        List<Node> linked = new ArrayList<>();
        for (Draft.Entity e : report.draft.entities())
            if (e.linked)
                linked.add(e.iri);
        Map<Node, String> russian = report.knowledge.labels(linked, "ru");
        Map<Node, String> english = report.knowledge.labels(linked, "en");
        for (Node iri : linked) {
            Draft.Entity e = report.draft.get(iri);
            if (russian.containsKey(iri)) {
                if (e.label != null && !e.label.equals(russian.get(iri)) && !"person".equals(e.kind))
                    e.altLabels.remove(russian.get(iri));
                e.label = russian.get(iri);
            }
            if (english.containsKey(iri))
                e.englishLabel = english.get(iri);
        }
    }
}
