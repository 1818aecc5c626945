package org.partnercities.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercities.kg.cli.CliRuns.copyOf;
import static org.partnercities.kg.cli.CliRuns.count;
import static org.partnercities.kg.cli.CliRuns.kg;
import static org.partnercities.kg.cli.CliRuns.loadProject;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.Isomorphism;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.cli.CliRuns.Run;
import org.partnercities.kg.store.EmbeddedStore;

/** {@code kg backup | restore | load | validate}: from files, the same checks as over HTTP, and nothing half done. */
class StoreCommandsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/curation/kineshma-report.trig");

    /** Runs a command; returns its exit code and what it printed on stderr. */

    @Test
    void backupThenRestoreGivesAnIsomorphicStore(@TempDir Path original, @TempDir Path restored, @TempDir Path out) {
        loadProject(original);
        Path backup = out.resolve("backup.nq.gz");
        assertThat(kg("backup", "--store", original.toString(), "--output", backup.toString()).exit()).isZero();
        // Restore over a store that holds something else: it must become exactly the backup.
        assertThat(kg("load", "--store", restored.toString(), FIXTURE.toString()).exit()).isZero();
        Run restore = kg("restore", "--store", restored.toString(), "--input", backup.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        DatasetGraph before = copyOf(original);
        DatasetGraph after = copyOf(restored);
        assertThat(after.stream().count()).isEqualTo(before.stream().count());
        assertThat(Isomorphism.of(before, after)).isTrue();
        // The text index was rebuilt with the data: the fixture's city is gone, the seed's are found.
        assertThat(count(restored, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'Кинешма' }")).isZero();
        assertThat(count(restored, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'Иванове' }")).isPositive();
    }

    @Test
    void loadAddsAConformingSourceAndIndexesIt(@TempDir Path store) {
        loadProject(store);
        Run load = kg("load", "--store", store.toString(), FIXTURE.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.err()).contains("Loaded 1 source graph(s)");
        assertThat(count(store, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'Кинешме' }")).isPositive();
        assertThat(count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(4);
    }

    /** Memberships and source documents have names, but search never shows them: kg load leaves them out of the index. */
    @Test
    void loadLeavesTheNamesOfMembershipsAndSourcesOutOfTheTextIndex(@TempDir Path store) {
        Run load = kg("load", "--store", store.toString(), "data/000-ivanovo-2019-2020.trig");
        assertThat(load.exit()).as(load.err()).isZero();
        String hits = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e text:query 'Ситнова' FILTER(%s) }";
        String ofMemberships = "STRSTARTS(STR(?e), 'https://w3id.org/partner-cities-kg/id/membership/')";
        assertThat(count(store, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) "
                + "{ ?e rdfs:label ?l FILTER(CONTAINS(?l, 'Ситнова') && " + ofMemberships + ") }")).isPositive();
        assertThat(count(store, hits.formatted("true"))).isPositive();
        assertThat(count(store, hits.formatted(ofMemberships))).isZero();
        assertThat(count(store, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query ('Иваново' 1000) "
                + "FILTER(STRSTARTS(STR(?e), 'https://w3id.org/partner-cities-kg/id/source/')) }")).isZero();
    }

    /** A store indexed before memberships were left out keeps their documents until kg reindex rebuilds the index. */
    @Test
    void reindexRebuildsTheTextIndexFromTheStatements(@TempDir Path store) {
        loadProject(store);
        String membership = "https://w3id.org/partner-cities-kg/id/membership/sitnova-director-ivanovo-56";
        try (EmbeddedStore embedded = TestStores.open(store)) {
            TextIndex index = ((DatasetGraphText) embedded.dataset()).getTextIndex();
            index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), NodeFactory.createURI("urn:x-test:g"),
                    NodeFactory.createURI(membership), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Ситнова Е. В. — директор школы № 56 (Иваново)", "ru")));
            index.prepareCommit();
            index.commit();
        }
        String stale = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'Ситнова' FILTER(?e = <" + membership + ">) }";
        String person = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'Ситнова' FILTER(?e = <https://w3id.org/partner-cities-kg/id/person/sitnova-elena-vladimirovna>) }";
        assertThat(count(store, stale)).isPositive();

        Run reindex = kg("reindex", "--store", store.toString());
        assertThat(reindex.exit()).as(reindex.err()).isZero();
        assertThat(reindex.err()).contains("Indexed");
        assertThat(count(store, stale)).isZero();
        assertThat(count(store, person)).isPositive();
        assertThat(count(store, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query 'конвергентные' }")).isPositive();
    }

    @Test
    void loadOfANonConformingFileChangesNothing(@TempDir Path store, @TempDir Path dir) throws Exception {
        loadProject(store);
        DatasetGraph before = copyOf(store);
        Path bad = dir.resolve("bad.trig");
        Files.writeString(bad, Files.readString(FIXTURE).replace("pck:locatedIn <https://w3id.org/partner-cities-kg/id/city/kineshma>", "pck:number \"8\""));
        Path good = dir.resolve("good.trig");
        Files.writeString(good, Files.readString(FIXTURE).replace("test-kineshma-2020", "test-kineshma-good"));
        Run load = kg("load", "--store", store.toString(), good.toString(), bad.toString());
        assertThat(load.exit()).isEqualTo(1);
        assertThat(load.err()).contains("A school lies in exactly one city.").contains("nothing was loaded");
        assertThat(Isomorphism.of(before, copyOf(store))).isTrue();

        // One graph in two pieces cannot be checked as a whole: refused, nothing written.
        Run twice = kg("load", "--store", store.toString(), good.toString(), good.toString());
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("comes in more than one piece").contains("nothing was loaded");
        assertThat(Isomorphism.of(before, copyOf(store))).isTrue();
    }

    @Test
    void validateReportsConformanceViolationsAndSyntaxErrors(@TempDir Path dir) throws Exception {
        Run ok = kg("validate", "data/000-ivanovo-2019-2020.trig", "data/004-magnitogorsk-visit-2019.trig", FIXTURE.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("3 source graph(s) conform");

        Path invalid = dir.resolve("invalid.trig");
        Files.writeString(invalid, Files.readString(FIXTURE).replace("rdfs:label \"Кинешма\"@ru", "rdfs:comment \"x\""));
        Run bad = kg("validate", invalid.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains(invalid.toString()).contains("city/kineshma").contains("Russian label");

        Path broken = dir.resolve("broken.trig");
        Files.writeString(broken, "<http://x/g> {\n  <http://x/a> <http://x/b> \"open .\n}\n");
        Run syntax = kg("validate", broken.toString());
        assertThat(syntax.exit()).isEqualTo(1);
        assertThat(syntax.err()).contains(broken + ":3:1: Broken token");

        assertThat(kg("validate", dir.resolve("none.trig").toString()).exit()).isEqualTo(2);
        assertThat(kg("validate", "README.md").exit()).isEqualTo(2);
    }

    @Test
    void backupOfAMissingStoreIsAnError(@TempDir Path dir) {
        Run run = kg("backup", "--store", dir.resolve("none").toString(), "--output", dir.resolve("b.nq.gz").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("No store in");
    }
}
