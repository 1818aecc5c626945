package org.partnercities.kg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store built beside the live one replaces it whole or not at all, whenever the process stops:
 * an unfinished build is thrown away at the next open, a build marked ready is moved in (also when
 * the moving was cut short), and only one process at a time has the store.
 */
class StagedBuildTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String HITS = "PREFIX text: <http://jena.apache.org/text#> "
            + "SELECT (COUNT(*) AS ?n) { ?e text:query ('Стагинград') }";

    @Test
    void aBuildReplacesTheStoreWithItsTextIndex(@TempDir Path dir) {
        Path live = dir.resolve("store");
        try (EmbeddedStore store = open(live)) {
            write(store, "<urn:x:old>", "Староград");
            EmbeddedStore staged = store.stage();
            write(staged, "<urn:x:new>", "Стагинград");
            store.replaceWith(staged);
        }
        try (EmbeddedStore store = open(live)) {
            assertThat(count(store, COUNT)).isEqualTo(2);
            assertThat(count(store, HITS)).isEqualTo(1);
            assertThat(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:old> { ?s ?p ?o } }")).isZero();
        }
        assertThat(Files.exists(live.resolve("staging"))).isFalse();
    }

    @Test
    void anUnfinishedBuildIsThrownAwayAtTheNextOpen(@TempDir Path dir) {
        Path live = dir.resolve("store");
        stageUnfinished(live); // the process "stops" before the build is marked ready
        assertThat(Files.isDirectory(live.resolve("staging"))).isTrue();
        try (EmbeddedStore store = open(live)) {
            assertThat(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:old> { ?s ?p ?o } }")).isEqualTo(2);
            assertThat(count(store, HITS)).isZero();
        }
        assertThat(Files.exists(live.resolve("staging"))).isFalse();
    }

    @Test
    void aBuildMarkedReadyIsMovedInAtTheNextOpenEvenIfHalfMoved(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("store");
        stageUnfinished(live);
        StagedBuild.markReady(live);
        // Cut short after the first part was moved in: tdb2/ is new, lucene/ still old.
        StagedBuild.deleteTree(live.resolve("tdb2"));
        Files.move(live.resolve("staging/tdb2"), live.resolve("tdb2"));
        try (EmbeddedStore store = open(live)) {
            assertThat(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:new> { ?s ?p ?o } }")).isEqualTo(2);
            assertThat(count(store, HITS)).as("the new text index came too").isEqualTo(1);
        }
        assertThat(Files.exists(live.resolve("staging"))).isFalse();
    }

    @Test
    void oneHolderAtATime(@TempDir Path dir) {
        Path live = dir.resolve("store");
        try (EmbeddedStore store = open(live)) {
            assertThatThrownBy(() -> open(live)).isInstanceOf(AlreadyLocked.class).hasMessageContaining("in use");
        }
        try (EmbeddedStore again = open(live)) {
            assertThat(again.isEmpty()).isTrue();
        }
    }

    /** A store with {@code <urn:x:old>}, and beside it a closed build with {@code <urn:x:new>}. */
    private static void stageUnfinished(Path live) {
        try (EmbeddedStore store = open(live)) {
            write(store, "<urn:x:old>", "Староград");
            EmbeddedStore staged = store.stage();
            write(staged, "<urn:x:new>", "Стагинград");
            staged.close();
        }
    }

    private static EmbeddedStore open(Path directory) {
        return EmbeddedStore.open(directory, Duration.ofSeconds(10));
    }

    private static void write(EmbeddedStore store, String graph, String label) {
        try (RDFConnection connection = store.connect()) {
            connection.update("INSERT DATA { GRAPH " + graph + " { " + graph + " <http://www.w3.org/2000/01/rdf-schema#label> \""
                    + label + "\"@ru ; a <urn:x:Thing> } }");
        }
    }

    private static long count(EmbeddedStore store, String select) {
        try (RDFConnection connection = store.connect()) {
            long[] n = {0};
            connection.querySelect(select, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }
}
