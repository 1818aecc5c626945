package org.partnercities.kg.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.TestStores;

/** The comparison runs both filters on the seed graph and reports their totals and times (not judged). */
class TextFilterComparisonTest {

    @Test
    void reportsBothFiltersTotalsAndTimesForEachWord() {
        List<TextFilterComparison.Row> rows = TextFilterComparison.compare(TestStores.sharedConnection(), 2,
                List.of("Гимназия", "Иванове"));
        assertThat(rows).extracting(TextFilterComparison.Row::word).containsExactly("Гимназия", "Иванове");
        // A whole word in the form of the name: both find it.
        assertThat(rows.get(0).substringTotal()).isEqualTo(rows.get(0).textTotal()).isEqualTo(1);
        // Another word form: only the text index finds the authority of Иваново.
        assertThat(rows.get(1).substringTotal()).isZero();
        assertThat(rows.get(1).textTotal()).isPositive();
        assertThat(rows).allSatisfy(r -> assertThat(r.substringMs()).isPositive())
                .allSatisfy(r -> assertThat(r.textMs()).isPositive());
        assertThat(TextFilterComparison.table(rows)).contains("| Гимназия | 1 | 1 |").hasLineCount(4);
    }
}
