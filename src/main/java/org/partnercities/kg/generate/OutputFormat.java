package org.partnercities.kg.generate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The files the generator writes, told apart by their name: N-Quads or TriG, gzip-compressed or not. */
public enum OutputFormat {
    NQUADS(".nq", RDFFormat.NQUADS_UTF8),
    TRIG(".trig", RDFFormat.TRIG_BLOCKS);

    public static final String EXPECTED = ".nq.gz, .trig.gz, .nq or .trig";

    private final String extension;
    final RDFFormat jena;

    OutputFormat(String extension, RDFFormat jena) {
        this.extension = extension;
        this.jena = jena;
    }

    /** The format a file name asks for, if it is one of ours. */
    public static Optional<OutputFormat> of(Path file) {
        String name = withoutGzip(file);
        for (OutputFormat format : values())
            if (name.endsWith(format.extension))
                return Optional.of(format);
        return Optional.empty();
    }

    public static boolean gzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String withoutGzip(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
