package org.partnercities.kg.load;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;

/** Validates a materialised source graph, with the ontology, against the SHACL shapes. */
final class ShapeValidator {

    private ShapeValidator() {}

    /** Validates one source graph together with the ontology (neither is changed). */
    static List<Violation> validate(Shapes shapes, Graph ontology, Graph source,
                                    Map<Node, Set<String>> filesBySubject) {
        Graph dataGraph = new Union(source, ontology);
        ValidationReport report = ShaclValidator.get().validate(shapes, dataGraph);
        return report.getEntries().stream()
                .filter(entry -> entry.severity() == Severity.Violation)
                .map(entry -> toViolation(entry, filesBySubject))
                .sorted(Comparator.comparing(Violation::toString))
                .toList();
    }

    private static Violation toViolation(ReportEntry entry, Map<Node, Set<String>> filesBySubject) {
        Node focus = entry.focusNode();
        List<String> files = List.copyOf(filesBySubject.getOrDefault(focus, Set.of("(ontology)")));
        String path = entry.resultPath() == null ? null : entry.resultPath().toString();
        String constraint = entry.sourceConstraintComponent() == null ? ""
                : entry.sourceConstraintComponent().getLocalName();
        String node = focus.isURI() ? focus.getURI() : FmtUtils.stringForNode(focus);
        return new Violation(files, node, path, constraint, entry.message());
    }
}
