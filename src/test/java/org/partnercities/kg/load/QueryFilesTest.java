package org.partnercities.kg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SPARQL file of the project parses: application queries, rules and checks. */
class QueryFilesTest {

    static Stream<Path> queryFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> main = Files.walk(Path.of("src/main/resources/queries"));
             Stream<Path> ontology = Files.walk(Path.of("ontology"))) {
            files = Stream.concat(main, ontology).filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void parses(Path file) throws IOException {
        Query query = QueryFactory.create(Files.readString(file));
        assertThat(query.isSelectType() || query.isConstructType() || query.isAskType())
                .as(file + " is a SELECT, CONSTRUCT or ASK").isTrue();
    }
}
