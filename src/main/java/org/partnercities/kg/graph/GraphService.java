package org.partnercities.kg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.NotFoundException;
import org.partnercities.kg.graph.GraphView.EdgeData;
import org.partnercities.kg.graph.GraphView.EdgeElement;
import org.partnercities.kg.graph.GraphView.NodeData;
import org.partnercities.kg.graph.GraphView.NodeElement;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.springframework.stereotype.Service;

/** The neighbourhood of an entity to a depth, breadth first, cut at a number of nodes. */
@Service
public class GraphService {

    private final Neighbourhood neighbourhood;
    private final EntitySummaries summaries;
    private final OntologyIndex ontology;
    private final Sparql sparql;

    GraphService(Neighbourhood neighbourhood, EntitySummaries summaries, OntologyIndex ontology, Sparql sparql) {
        this.neighbourhood = neighbourhood;
        this.summaries = summaries;
        this.ontology = ontology;
        this.sparql = sparql;
    }

    public GraphView around(Node center, int depth, int limit, String lang) {
        String start = center.getURI();
        if (!sparql.ask("graph/ask-entity", Map.of("entity", center)))
            throw new NotFoundException(EntityIds.id(start));
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(start, 0);
        List<Link> links = new ArrayList<>();
        Set<String> frontier = Set.of(start);
        boolean truncated = false;
        int found = 1;
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            Map<String, List<Link>> byNode = neighbourhood.linksOf(frontier);
            Set<String> next = new LinkedHashSet<>();
            for (List<Link> nodeLinks : byNode.values())
                for (Link link : nodeLinks) {
                    links.add(link);
                    if (!distance.containsKey(link.to()) && !next.contains(link.to())) {
                        found++;
                        if (distance.size() + next.size() < limit)
                            next.add(link.to());
                        else
                            truncated = true;
                    }
                }
            for (String n : next)
                distance.put(n, step);
            frontier = next;
        }

        Map<String, EntityRef> refs = summaries.of(distance.keySet(), lang);
        List<NodeElement> nodes = distance.entrySet().stream().map(e -> {
            EntityRef ref = refs.get(e.getKey());
            return new NodeElement(new NodeData(ref.id(), ref.iri(), ref.label(), ref.type(), ref.typeLabel(), e.getValue()));
        }).toList();
        return new GraphView(EntityIds.id(start), depth, limit, truncated, found,
                new GraphView.Elements(nodes, edges(links, distance.keySet(), lang)));
    }

    /** One edge per pair of shown nodes, with the best reading of their links. */
    private List<EdgeElement> edges(List<Link> links, Set<String> shown, String lang) {
        List<Link> among = links.stream().filter(l -> shown.contains(l.from()) && shown.contains(l.to())).toList();
        return neighbourhood.onePerPair(among).stream().map(link -> {
            String source = EntityIds.id(link.from());
            String target = EntityIds.id(link.to());
            return new EdgeElement(new EdgeData(source + " " + OntologyIndex.localName(link.property()) + " " + target,
                    source, target, link.property(), ontology.label(link.property(), lang)));
        }).toList();
    }
}
