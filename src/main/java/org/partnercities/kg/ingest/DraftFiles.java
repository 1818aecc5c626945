package org.partnercities.kg.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.partnercities.kg.load.StrictErrorHandler;
import org.partnercities.kg.vocab.PCK;

/** Reading a (possibly hand-edited) draft back: strictly, and only source graphs. */
public final class DraftFiles {

    private DraftFiles() {}

    /** The source graphs of a draft's TriG; {@link IngestException} saying what and where if it is not one. */
    public static Map<Node, Graph> sourceGraphs(String name, String trig) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.fromString(trig, Lang.TRIG).errorHandler(StrictErrorHandler.INSTANCE).parse(dataset);
        } catch (RiotException e) {
            throw new IngestException(name + ": not valid TriG: " + e.getMessage());
        }
        if (!dataset.getDefaultGraph().isEmpty())
            throw new IngestException(name + ": " + dataset.getDefaultGraph().size()
                    + " statements are outside a named graph; a draft is the named graph of its source");
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI() || !g.getURI().startsWith(PCK.ID + "source/"))
                throw new IngestException(name + ": graph <" + g + "> is not a source graph (" + PCK.ID + "source/…)");
            graphs.put(g, dataset.getGraph(g));
        });
        if (graphs.isEmpty())
            throw new IngestException(name + ": no source graph in the draft");
        return graphs;
    }
}
