package org.partnercities.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load benchmark runs end to end at a tiny scale and produces its report (its timings are not judged here). */
class LoadBenchmarkTest {

    @Test
    void producesARowPerContenderAndTheReport(@TempDir Path dir) throws Exception {
        List<LoadBenchmark.Row> rows = LoadBenchmark.run(0.002, dir);
        assertThat(rows).extracting(LoadBenchmark.Row::what)
                .containsExactly("riot --sink (parse only)", "tdb2.tdbloader", "kg load (materialise, validate, text index)",
                        "tdb2.tdbloader of what kg load stores", LoadBenchmark.OWN_ROW);
        assertThat(rows).allSatisfy(row -> assertThat(row.statements()).isEqualTo(rows.get(0).statements()).isPositive());
        assertThat(rows.get(1).storeBytes()).isPositive();
        assertThat(rows.get(2).storeBytes()).isGreaterThan(rows.get(1).storeBytes());
        assertThat(rows.get(2).written()).isGreaterThan(rows.get(2).statements());
        assertThat(rows.get(3).written()).isEqualTo(rows.get(2).written());
        org.apache.jena.sparql.core.DatasetGraph stored = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.resolve("tdbloader-stored").toString());
        assertThat(stored.calculateRead(() -> stored.stream().count())).as("the dump holds what kg load stored")
                .isEqualTo(rows.get(2).written());
        org.apache.jena.tdb2.sys.TDBInternal.expel(stored);
        // Less than everything, more than the input: the input and our own ontology's entailments, and no other
        // vocabulary's terms among the statements added.
        assertThat(rows.get(4).written()).isLessThan(rows.get(3).written()).isGreaterThan(rows.get(4).statements());
        org.apache.jena.sparql.core.DatasetGraph own = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.resolve("tdbloader-own").toString());
        assertThat(own.calculateRead(() -> own.stream().count())).isEqualTo(rows.get(4).written());
        assertThat(own.calculateRead(() -> own.stream(null, null, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("https://schema.org/Organization")).count()))
                .as("schema:Organization is only ever entailed, never given").isZero();
        assertThat(own.calculateRead(() -> own.stream(null, null, org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/partner-cities-kg/ontology#mentionedIn"), null).count())).as("our own inverse stays").isPositive();
        org.apache.jena.tdb2.sys.TDBInternal.expel(own);

        String report = LoadBenchmark.report(0.002, rows);
        assertThat(report).contains("| tdb2.tdbloader |").contains("| 1.00 |").contains("kg load")
                .contains("| tdb2.tdbloader of what kg load stores |").contains("| " + LoadBenchmark.OWN_ROW + " |");
    }
}
