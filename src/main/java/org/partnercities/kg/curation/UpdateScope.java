package org.partnercities.kg.curation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.partnercities.kg.vocab.PCK;

/**
 * The named graphs a SPARQL Update reads and writes, found before it runs. An update must name
 * every graph it touches ({@code GRAPH <…>} or {@code WITH <…>}): every statement belongs to the
 * graph of its source, the default graph is the read-only union of them all, and a change is
 * checked source by source. It may write only source graphs ({@value #SOURCES}…), never the
 * ontology, and may not reach outside the store ({@code LOAD}, {@code SERVICE}).
 */
record UpdateScope(Set<Node> read, Set<Node> written) {

    static final String SOURCES = PCK.ID + "source/";

    static UpdateScope of(UpdateRequest request) {
        Set<Node> read = new LinkedHashSet<>();
        Set<Node> written = new LinkedHashSet<>();
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateData data)
                data.getQuads().forEach(q -> written.add(graphOf(q, null)));
            else if (update instanceof UpdateDeleteWhere delete)
                delete.getQuads().forEach(q -> written.add(graphOf(q, null)));
            else if (update instanceof UpdateModify modify)
                modify(modify, read, written);
            else if (update instanceof UpdateDropClear drop)
                written.add(named(drop.getTarget(), "DROP/CLEAR"));
            else if (update instanceof UpdateBinaryOp op) {
                read.add(named(op.getSrc(), "ADD/COPY/MOVE"));
                written.add(named(op.getDest(), "ADD/COPY/MOVE"));
            } else if (!(update instanceof UpdateCreate))
                throw new ChangeRefusedException("This update operation is not accepted here: "
                        + update.toString().strip() + " (to add a file, PUT it to /data?graph=…)");
        }
        for (Node graph : written)
            checkWritable(graph);
        read.addAll(written);
        return new UpdateScope(read, written);
    }

    private static void modify(UpdateModify modify, Set<Node> read, Set<Node> written) {
        if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty())
            throw new ChangeRefusedException("USING and USING NAMED are not accepted; name graphs with GRAPH <…>");
        Node with = modify.getWithIRI();
        for (List<Quad> template : List.of(modify.getDeleteQuads(), modify.getInsertQuads()))
            template.forEach(q -> written.add(graphOf(q, with)));
        Op where = Algebra.toQuadForm(Algebra.compile(modify.getWherePattern()));
        OpWalker.walk(where, new OpVisitorBase() {
            @Override
            public void visit(OpQuadPattern pattern) {
                if (pattern.getGraphNode().isVariable())
                    throw variableGraph();
                read.add(graphOf(pattern.getGraphNode(), with));
            }

            @Override
            public void visit(OpDatasetNames names) {
                throw variableGraph();
            }

            @Override
            public void visit(OpService service) {
                throw new ChangeRefusedException("SERVICE is not accepted in an update");
            }
        });
    }

    private static Node graphOf(Quad quad, Node with) {
        if (quad.getGraph().isVariable())
            throw variableGraph();
        return graphOf(quad.getGraph(), with);
    }

    private static Node graphOf(Node graph, Node with) {
        if (Quad.isDefaultGraph(graph)) {
            if (with == null)
                throw new ChangeRefusedException("Every statement belongs to the graph of its source: put it in "
                        + "GRAPH <" + SOURCES + "…> { … } (or use WITH <…>); the default graph is the read-only union");
            return with;
        }
        return graph;
    }

    private static Node named(Target target, String operation) {
        if (!target.isOneNamedGraph())
            throw new ChangeRefusedException(operation + " must name one source graph; "
                    + "DEFAULT, NAMED and ALL are not accepted");
        return target.getGraph();
    }

    private static ChangeRefusedException variableGraph() {
        return new ChangeRefusedException("An update must name the graphs it reads and writes: GRAPH ?variable is not accepted");
    }

    static void checkWritable(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(SOURCES) || graph.getURI().length() == SOURCES.length())
            throw new ChangeRefusedException("Only source graphs can be changed: <" + graph
                    + "> is not under <" + SOURCES + ">" + (graph.equals(PCK.ONTOLOGY_GRAPH)
                    ? " (the ontology is changed in the files of ontology/)" : ""));
    }
}
