package org.partnercities.kg.cli;

import java.nio.file.Path;

import org.partnercities.kg.load.LoadException;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.load.SourceSchema;

import picocli.CommandLine.Option;

/** {@code --ontology}: the directory of the ontology, shapes and rules every source is checked against. */
final class OntologyOption {

    @Option(names = "--ontology", defaultValue = "ontology", description = "Ontology directory (default: ${DEFAULT-VALUE})")
    Path ontology;

    /** The ontology, shapes and rules, read strictly; {@link CliException} naming each problem. */
    SourceSchema schema() {
        try {
            return SourceSchema.read(SourceFiles.scan(ontology, ontology));
        } catch (LoadException e) {
            throw new CliException(2, String.join("\n", e.problems()));
        }
    }
}
