package org.partnercities.kg.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.graph.GraphService;
import org.partnercities.kg.graph.GraphView;
import org.partnercities.kg.graph.Link;
import org.partnercities.kg.graph.Neighbourhood;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.springframework.stereotype.Service;

/**
 * Builds the network to export: the whole graph, a neighbourhood, or the entities of some types
 * with the links among them ("cities and schools with their collaborations").
 */
@Service
class NetworkService {

    private final Sparql sparql;
    private final Neighbourhood neighbourhood;
    private final EntitySummaries summaries;
    private final OntologyIndex ontology;
    private final GraphService graphs;

    NetworkService(Sparql sparql, Neighbourhood neighbourhood, EntitySummaries summaries, OntologyIndex ontology,
                   GraphService graphs) {
        this.sparql = sparql;
        this.neighbourhood = neighbourhood;
        this.summaries = summaries;
        this.ontology = ontology;
        this.graphs = graphs;
    }

    /** The neighbourhood of {@code center}, as the graph endpoint computes it. */
    Network around(Node center, int depth, int limit, String lang) {
        GraphView view = graphs.around(center, depth, limit, lang);
        List<Network.NodeRow> nodes = view.elements().nodes().stream()
                .map(n -> new Network.NodeRow(n.data().id(), n.data().label(), n.data().type(), n.data().typeLabel(), n.data().iri()))
                .toList();
        List<Network.EdgeRow> edges = view.elements().edges().stream()
                .map(e -> new Network.EdgeRow(e.data().source(), e.data().target(), e.data().property(), e.data().label()))
                .toList();
        return new Network(nodes, edges, view.truncated());
    }

    /** Every entity (of the given classes, if any) and the links among them. */
    Network all(Set<String> classes, String lang) {
        List<Link> links = new ArrayList<>();
        Set<String> iris = new LinkedHashSet<>();
        for (Map<String, RDFNode> row : sparql.select("graph/select-links", Map.of())) {
            Link link = new Link(row.get("from").asResource().getURI(), row.get("property").asResource().getURI(),
                    row.get("to").asResource().getURI(), "out");
            iris.add(link.from());
            iris.add(link.to());
            links.add(link);
        }
        Map<String, EntityRef> refs = summaries.of(iris, lang);
        Map<String, Set<String>> types = classes.isEmpty() ? Map.of() : typesOf(iris);
        Set<String> kept = new LinkedHashSet<>();
        for (String iri : iris)
            if (classes.isEmpty() || types.getOrDefault(iri, Set.of()).stream().anyMatch(classes::contains))
                kept.add(iri);
        List<Network.NodeRow> nodes = kept.stream().map(refs::get)
                .map(r -> new Network.NodeRow(r.id(), r.label(), r.type(), r.typeLabel(), r.iri())).toList();
        // A statement and its inverse are one link, read from its subject.
        List<Network.EdgeRow> edges = neighbourhood.onePerPair(links).stream()
                .filter(l -> kept.contains(l.from()) && kept.contains(l.to()))
                .map(l -> new Network.EdgeRow(EntityIds.id(l.from()), EntityIds.id(l.to()), l.property(),
                        ontology.label(l.property(), lang)))
                .toList();
        return new Network(nodes, edges, false);
    }

    private Map<String, Set<String>> typesOf(Set<String> iris) {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        List<Node> nodes = iris.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
        for (Map<String, RDFNode> row : sparql.select("entity/select-summaries", Map.of(), "entity", nodes))
            if (row.get("type") != null)
                types.computeIfAbsent(row.get("entity").asResource().getURI(), k -> new LinkedHashSet<>())
                        .add(row.get("type").asResource().getURI());
        return types;
    }
}
