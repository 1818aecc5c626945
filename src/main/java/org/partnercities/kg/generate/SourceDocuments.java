package org.partnercities.kg.generate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Opens the named graph of one synthetic source and describes the source in it, as the curated
 * sources describe themselves (title, label, language, identifier, the period reported on), with
 * a note that it is synthetic.
 */
final class SourceDocuments {

    private final QuadSink sink;
    private final String note;

    SourceDocuments(QuadSink sink, long seed, double scale) {
        this.sink = sink;
        this.note = "Synthetic data, not a real report: written by the Partner Cities KG generator (seed " + seed
                + ", scale " + scale + ").";
    }

    /** Starts the graph {@code source/<slug>} and writes the source's description and its period. */
    Node begin(String slug, String russianTitle, String englishTitle, Period period) {
        Node source = Terms.id("source", slug);
        sink.beginGraph(source);
        sink.firstMention(source);
        sink.add(source, Terms.TYPE, Terms.SOURCE_DOCUMENT);
        sink.add(source, Terms.TITLE, Terms.ru(russianTitle));
        sink.add(source, Terms.TITLE, Terms.en(englishTitle));
        sink.add(source, Terms.LABEL, Terms.ru(russianTitle));
        sink.add(source, Terms.LABEL, Terms.en(englishTitle));
        sink.add(source, Terms.NOTE, Terms.en(note));
        sink.add(source, Terms.IDENTIFIER, Terms.string(slug));
        sink.add(source, Terms.LANGUAGE, Terms.string("ru"));
        sink.add(source, Terms.SUBJECT_PERIOD, period.iri());
        period(period);
        return source;
    }

    void period(Period period) {
        if (!sink.firstMention(period.iri()))
            return;
        sink.add(period.iri(), Terms.TYPE, Terms.PERIOD);
        sink.add(period.iri(), Terms.LABEL, Terms.ru(period.russian()));
        sink.add(period.iri(), Terms.LABEL, Terms.en(period.english()));
        sink.add(period.iri(), Terms.START_DATE, Terms.typed(Integer.toString(period.startYear()), XSDDatatype.XSDgYear));
        sink.add(period.iri(), Terms.END_DATE, Terms.typed(Integer.toString(period.endYear()), XSDDatatype.XSDgYear));
    }
}
