package org.partnercities.kg.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Runs the generator into files and reads them back, for the tests. */
final class Generated {

    static final String PREFIXES = """
            PREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX role: <https://w3id.org/partner-cities-kg/id/role/>
            """;

    private Generated() {}

    /** Generates into {@code dir/name}; the name gives the format. */
    static Path generate(double scale, long seed, Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            new Generator(scale, seed).writeTo(file, (graphs, quads) -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Parses a generated file strictly (N-Quads or TriG, gzip-compressed or not). */
    static DatasetGraph read(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        String name = file.getFileName().toString();
        Lang lang = name.contains(".nq") ? Lang.NQUADS : Lang.TRIG;
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).strict(true).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    /** The single number a {@code SELECT (COUNT(…) AS ?n)} query (prefixes above) gives over the named graphs. */
    static long count(DatasetGraph dataset, String select) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(PREFIXES + select).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }
}
