package org.partnercities.kg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.vocab.PCK;

/** Reads the source files into memory, strictly, reporting the file, line and column of any error. */
final class SourceReader {

    /**
     * The parsed source graphs.
     *
     * @param data           one named graph per source article
     * @param filesBySubject for each subject, the data files that describe it (to locate violations)
     */
    record SourceData(DatasetGraph data, Map<Node, Set<String>> filesBySubject) {}

    private SourceReader() {}

    static Graph readOntology(SourceFiles files) {
        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path file : files.ontology())
            parse(file, Lang.TURTLE, ontology);
        return ontology;
    }

    static Graph readShapes(SourceFiles files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        parse(files.shapes(), Lang.TURTLE, shapes);
        return shapes;
    }

    static SourceData readData(SourceFiles files) {

        DatasetGraph data = DatasetGraphFactory.createGeneral();
        Map<Node, Set<String>> filesBySubject = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files.data()) {
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            parse(file, Lang.TRIG, one);
            if (!one.getDefaultGraph().isEmpty())
                problems.add(file + ": " + one.getDefaultGraph().size()
                        + " statements are outside a named graph; every statement belongs to the graph of its source");
            if (one.containsGraph(PCK.ONTOLOGY_GRAPH))
                problems.add(file + ": the graph <" + PCK.ONTOLOGY + "> is reserved for the ontology");
            for (Iterator<Quad> it = one.find(); it.hasNext(); ) {
                Quad quad = it.next();
                if (quad.isDefaultGraph())
                    continue;
                data.add(quad);
                filesBySubject.computeIfAbsent(quad.getSubject(), s -> new LinkedHashSet<>()).add(file.toString());
            }
        }
        if (!problems.isEmpty())
            throw new LoadException(problems);
        return new SourceData(data, filesBySubject);
    }

    private static void parse(Path file, Lang lang, Object target) {
        RDFParser parser = RDFParser.source(file)
                .lang(lang)
                .errorHandler(StrictErrorHandler.INSTANCE)
                .build();
        try {
            if (target instanceof Graph graph)
                parser.parse(graph);
            else
                parser.parse((DatasetGraph) target);
        } catch (RiotParseException e) {
            throw new LoadException(file + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new LoadException(file + ": " + e.getMessage(), e);
        }
    }
}
