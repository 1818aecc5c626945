package org.partnercities.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The review lists every entity and fact with its sentence, confidence and whether it is linked or new; HTML is escaped. */
class ReviewWriterTest {

    private static final String TEXT = "Директор ивановской школы № 56 Ситнова Е. В. выступила 31 января 2020 года "
            + "на видеоконференции <взаимообучения> «Школа & город».";

    private static Draft draft() {
        return Ingester.ingest(ReportText.read("review.txt", TEXT.getBytes(StandardCharsets.UTF_8)),
                new IngestOptions("review", null, null),
                IngestTestSupport.knowledge(List.of(Path.of("data/000-ivanovo-2019-2020.trig"))));
    }

    @Test
    void markdownListsEveryEntityAndFactWithSentenceAndConfidence() {
        Draft draft = draft();
        String markdown = ReviewWriter.markdown(draft, Changes.NEW_SOURCE);
        assertThat(markdown).startsWith("# Review: review.txt");
        assertThat(markdown).contains("| Ситнова Елена Владимировна `person/sitnova-elena-vladimirovna` | person | linked | 0.85 | 1: Директор");
        assertThat(markdown).contains("`school/ivanovo-56` | school | linked");
        long factRows = markdown.lines().dropWhile(l -> !l.equals("## Facts")).filter(l -> l.startsWith("| ") && !l.startsWith("| subject")).count();
        assertThat(factRows).isEqualTo(draft.facts().size());
        assertThat(markdown).doesNotContain("## Already accepted");
    }

    @Test
    void htmlEscapesTheReportsText() {
        String html = ReviewWriter.html(draft(), Changes.NEW_SOURCE);
        assertThat(html).contains("&lt;взаимообучения&gt;", "Школа &amp; город");
        assertThat(html).doesNotContain("<взаимообучения>");
    }

    @Test
    void anAcceptedSourceShowsWhatWouldChange() {
        Changes changes = new Changes(true, List.of("<a> <b> \"new\" ."), List.of("<a> <b> \"old\" ."));
        String markdown = ReviewWriter.markdown(draft(), changes);
        assertThat(markdown).contains("## Already accepted", "adding 1 and removing 1 statements", "+ <a> <b> \"new\" .",
                "- <a> <b> \"old\" .");
        assertThat(ReviewWriter.markdown(draft(), new Changes(true, List.of(), List.of())))
                .contains("accepting changes nothing");
    }
    @Test
    void thanksProgrammesAndTeachersWithoutASchoolAreListedWithTheirSentenceAndConfidence() {
        String text = "Департамент образования и науки города Москвы наградил благодарственными письмами учителей "
                + "Громову Т. В. и Белова А. И. за участие во «Взаимообучении городов».";
        Draft draft = Ingester.ingest(ReportText.read("thanks.txt", text.getBytes(StandardCharsets.UTF_8)),
                new IngestOptions("thanks", null, null), IngestTestSupport.knowledge(List.of()));
        String markdown = ReviewWriter.markdown(draft, Changes.NEW_SOURCE);
        assertThat(markdown).contains("| recognition | new | 0.70 | 1: Департамент");
        assertThat(markdown).contains("| sender | Департамент образования и науки города Москвы (authority/moscow-education-department) | 0.70 | 1: Департамент");
        assertThat(markdown).contains("| forParticipationIn | Взаимообучение городов (programme/mutual-learning-of-cities) | 0.60 |");
        assertThat(markdown).containsPattern("\\| Т\\. В\\. Громова \\| note \\| A teacher .* \\| 0\\.45 \\| 1: Департамент");
    }
}
