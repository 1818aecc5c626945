package org.partnercities.kg.dump;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.rio.RDFFormat;

/** The whole-graph downloads: quad formats keep the named graph of each source, triple formats give the union. */
public enum DumpFormat {

    TRIG("trig", RDFFormat.TRIG, true),
    NQUADS("nq", RDFFormat.NQUADS, true),
    TURTLE("ttl", RDFFormat.TURTLE, false),
    NTRIPLES("nt", RDFFormat.NTRIPLES, false),
    JSONLD("jsonld", RDFFormat.JSONLD, false),
    RDFXML("rdf", RDFFormat.RDFXML, false);

    public static final String NAME = "partner-cities-kg";

    private final String extension;
    private final RDFFormat format;
    private final boolean quads;

    DumpFormat(String extension, RDFFormat format, boolean quads) {
        this.extension = extension;
        this.format = format;
        this.quads = quads;
    }

    public String extension() {
        return extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public boolean quads() {
        return quads;
    }

    public String mediaType() {
        return format.getDefaultMIMEType();
    }

    /** {@code partner-cities-kg.trig.gz} */
    public String fileName() {
        return NAME + "." + extension + ".gz";
    }

    public static Optional<DumpFormat> byFileName(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName().equals(fileName)).findFirst();
    }

    public static Optional<DumpFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }

    public static List<String> fileNames() {
        return Arrays.stream(values()).map(DumpFormat::fileName).toList();
    }
}
