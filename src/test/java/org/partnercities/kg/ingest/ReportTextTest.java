package org.partnercities.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Bad input is refused with a message that says what is wrong and where; markup is blanked out in place. */
class ReportTextTest {

    private static final String RUSSIAN = "В мае 2019 года команда педагогов школы № 5 посетила Магнитогорск.";

    private static ReportText read(String text) {
        return ReportText.read("r.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> ReportText.read("r.txt", new byte[0])).isInstanceOf(IngestException.class)
                .hasMessage("r.txt: the file is empty");
        assertThatThrownBy(() -> read("  \n\t ")).hasMessageContaining("has no text");
    }

    @Test
    void binaryFileIsRefused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThatThrownBy(() -> ReportText.read("r.zip", bytes)).isInstanceOf(IngestException.class)
                .hasMessageContaining("r.zip: not a text file").hasMessageContaining("at character 2");
    }

    @Test
    void otherEncodingsAreRefusedWithWhere() {
        byte[] cp1251 = {'a', 'b', (byte) 0xC2, ' ', (byte) 0xEC, (byte) 0xE0, (byte) 0xE5};
        assertThatThrownBy(() -> ReportText.read("r.txt", cp1251)).isInstanceOf(IngestException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("at character 2");
    }

    @Test
    void anotherLanguageIsRefused() {
        assertThatThrownBy(() -> read("In May 2019 a team of teachers from school No. 5 visited Magnitogorsk and its schools."))
                .isInstanceOf(IngestException.class).hasMessageContaining("not in Russian");
    }

    @Test
    void tooLongReportsAreRefused() {
        String text = RUSSIAN.repeat(ReportText.MAX_CHARACTERS / RUSSIAN.length() + 1);
        assertThatThrownBy(() -> read(text)).isInstanceOf(IngestException.class).hasMessageContaining("too long");
    }

    @Test
    void aReportAtTheSizeCapIsReadInSeconds() throws Exception {
        String seeds = java.nio.file.Files.readString(IngestTestSupport.SEEDS.resolve("000_a70b02388c99be29.txt")) + "\n"
                + java.nio.file.Files.readString(IngestTestSupport.SEEDS.resolve("004_d0514d8675bafa63.txt")) + "\n";
        StringBuilder text = new StringBuilder();
        while (text.length() + seeds.length() < ReportText.MAX_CHARACTERS)
            text.append(seeds);
        long start = System.nanoTime();
        Draft draft = IngestTestSupport.ingest(text.toString());
        String trig = DraftWriter.trig(draft);
        // About 7 s on the 2-core machine; a generous bound against accidental quadratic work.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(90);
        assertThat(draft.sentences()).hasSizeGreaterThan(1000);
        assertThat(trig).contains("school:ivanovo-56", "school:magnitogorsk-gymnasium-53");
    }

    @Test
    void markupIsBlankedOutKeepingOffsets() {
        String html = "<p>" + RUSSIAN + "</p>&nbsp;<br/>";
        ReportText text = read(html);
        assertThat(text.text()).hasSameSizeAs(html);
        assertThat(text.text().indexOf("В мае")).isEqualTo(html.indexOf("В мае"));
        assertThat(text.text()).doesNotContain("<p>", "&nbsp;");
        assertThat(text.warnings()).singleElement().asString().contains("Markup removed: 4");
    }

    @Test
    void markupOnlyIsRefused() {
        assertThatThrownBy(() -> read("<html><body><div></div></body></html>")).hasMessageContaining("no text besides markup");
    }

    @Test
    void plainRussianIsAccepted() {
        ReportText text = read("\uFEFF" + RUSSIAN);
        assertThat(text.text()).endsWith(RUSSIAN);
        assertThat(text.warnings()).isEmpty();
    }
}
