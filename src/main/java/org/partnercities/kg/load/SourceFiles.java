package org.partnercities.kg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a load reads, found by convention:
 * {@code ontology/*.ttl} except {@code shapes.ttl} form the ontology graph,
 * {@code ontology/shapes.ttl} the SHACL shapes, {@code ontology/rules/*.rq} the materialisation
 * rules, and {@code data/*.trig} the source graphs.
 */
public record SourceFiles(List<Path> ontology, Path shapes, List<Path> rules, List<Path> data) {

    public static final String SHAPES_FILE = "shapes.ttl";

    public static SourceFiles scan(Path ontologyDir, Path dataDir) {
        if (!Files.isDirectory(ontologyDir))
            throw new LoadException("Ontology directory not found: " + ontologyDir.toAbsolutePath());
        if (!Files.isDirectory(dataDir))
            throw new LoadException("Data directory not found: " + dataDir.toAbsolutePath());
        Path shapes = ontologyDir.resolve(SHAPES_FILE);
        if (!Files.isRegularFile(shapes))
            throw new LoadException("SHACL shapes not found: " + shapes);
        List<Path> ontology = list(ontologyDir, ".ttl").stream()
                .filter(p -> !p.getFileName().toString().equals(SHAPES_FILE))
                .toList();
        return new SourceFiles(ontology, shapes, list(ontologyDir.resolve("rules"), ".rq"),
                list(dataDir, ".trig"));
    }

    /** Every file, in a stable order. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>(ontology);
        all.add(shapes);
        all.addAll(rules);
        all.addAll(data);
        return all;
    }

    /** SHA-256 over the names and contents of every file: changes when any source changes. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : all()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path dir, String extension) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
