package org.partnercities.kg.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;

/**
 * What every source graph is checked against, read once from {@code ontology/}: the ontology, the
 * SHACL shapes and the materialisation rules. A source graph is checked on its own, with the
 * ontology: each source is a self-contained document, and a change to one source never needs the
 * others in memory.
 */
public final class SourceSchema {

    private final Graph ontology;
    private final Shapes shapes;
    private final Materializer materializer;

    private SourceSchema(Graph ontology, Shapes shapes, Materializer materializer) {
        this.ontology = ontology;
        this.shapes = shapes;
        this.materializer = materializer;
    }

    /** Reads the ontology, shapes and rules of {@code files}, strictly. */
    public static SourceSchema read(SourceFiles files) {
        Graph ontology = SourceReader.readOntology(files);
        return new SourceSchema(ontology, Shapes.parse(SourceReader.readShapes(files)),
                Materializer.fromFiles(files.rules(), ontology));
    }

    /** The ontology graph (not to be changed). */
    public Graph ontology() {
        return ontology;
    }

    /**
     * Adds what the rules derive to {@code graph} (in place) and validates it with the ontology.
     *
     * @param filesBySubject where each subject came from, to locate violations (may be empty)
     * @return how many statements materialisation added
     * @throws ValidationException with every violation, if the graph does not conform
     */
    public int prepare(Node graphName, Graph graph, Map<Node, Set<String>> filesBySubject) {
        int inferred = materializer.materializeGraph(graphName, graph, ontology);
        List<Violation> violations = ShapeValidator.validate(shapes, ontology, graph, filesBySubject);
        if (!violations.isEmpty())
            throw new ValidationException(violations);
        return inferred;
    }
}
