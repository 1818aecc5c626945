package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercities.kg.TestStores;

/** Sources that cannot be read are refused with the file, line and column. */
class SourceReaderTest {

    @Test
    void syntaxErrorNamesFileLineAndColumn(@TempDir Path data) throws IOException {
        Path file = data.resolve("broken.trig");
        Files.writeString(file, """
                @prefix pck: <https://w3id.org/partner-cities-kg/ontology#> .
                <https://w3id.org/partner-cities-kg/id/source/x> {
                  <https://w3id.org/partner-cities-kg/id/city/x> a pck:City ;;; "oops" .
                }
                """);
        assertThatThrownBy(() -> GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, data)))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith(file + ":3:");
    }

    @Test
    void literalThatDoesNotMatchItsDatatypeIsAnError(@TempDir Path data) throws IOException {
        Path file = data.resolve("bad-date.trig");
        Files.writeString(file, """
                <https://w3id.org/partner-cities-kg/id/source/x> {
                  <https://w3id.org/partner-cities-kg/id/event/x> <https://w3id.org/partner-cities-kg/ontology#date>
                      "31 января"^^<http://www.w3.org/2001/XMLSchema#date> .
                }
                """);
        assertThatThrownBy(() -> GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, data)))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("31 января");
    }

    @Test
    void statementsOutsideANamedGraphAreRefused(@TempDir Path data) throws IOException {
        Path file = data.resolve("default-graph.trig");
        Files.writeString(file, "<https://w3id.org/partner-cities-kg/id/city/x> a <https://w3id.org/partner-cities-kg/ontology#City> .\n");
        assertThatThrownBy(() -> GraphLoader.prepare(SourceFiles.scan(TestStores.ONTOLOGY, data)))
                .isInstanceOf(LoadException.class)
                .hasMessage(file + ": 1 statements are outside a named graph; every statement belongs to the graph of its source");
    }
}
