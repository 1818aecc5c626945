package org.partnercities.kg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;
import org.springframework.stereotype.Component;

/**
 * Links between entities, fetched a frontier at a time (one query per step outward), for the
 * neighbourhood graph and for path finding. Links ignore direction: both readings of a link
 * (a statement and its materialised inverse) connect the same two entities.
 */
@Component
public class Neighbourhood {

    private final Sparql sparql;
    private final OntologyIndex ontology;

    public Neighbourhood(Sparql sparql, OntologyIndex ontology) {
        this.sparql = sparql;
        this.ontology = ontology;
    }

    /** Every link of each of {@code nodes}, grouped by node. */
    public Map<String, List<Link>> linksOf(Collection<String> nodes) {
        Map<String, List<Link>> links = new LinkedHashMap<>();
        List<org.apache.jena.graph.Node> values = nodes.stream().map(NodeFactory::createURI).toList();
        for (Map<String, RDFNode> row : sparql.select("graph/select-neighbours", Map.of(), "node", values)) {
            String node = row.get("node").asResource().getURI();
            links.computeIfAbsent(node, n -> new ArrayList<>()).add(new Link(node,
                    row.get("property").asResource().getURI(), row.get("neighbour").asResource().getURI(),
                    row.get("direction").asLiteral().getLexicalForm()));
        }
        return links;
    }

    /** The distinct neighbours among links. */
    public static Set<String> neighbours(Collection<Link> links) {
        Set<String> result = new LinkedHashSet<>();
        links.forEach(l -> result.add(l.to()));
        return result;
    }

    /**
     * Of the links between the same two entities, the one to show: read outward from
     * {@code from} if possible, with the most specific property, ours before a standard one.
     */
    public Optional<Link> best(Collection<Link> links) {
        return links.stream().min(Comparator
                .comparing((Link l) -> l.direction().equals("out") ? 0 : 1)
                .thenComparing(l -> -specificity(l.property(), links))
                .thenComparing(l -> l.property().startsWith(PCK.NS) ? 0 : 1)
                .thenComparing(Link::property));
    }

    /**
     * One link per pair of entities among {@code links}: the best reading of all the statements
     * between the two, turned so that it reads from its subject (direction {@code out}).
     */
    public List<Link> onePerPair(Collection<Link> links) {
        Map<String, List<Link>> byPair = new LinkedHashMap<>();
        for (Link link : links) {
            String a = link.from().compareTo(link.to()) < 0 ? link.from() : link.to();
            String b = a.equals(link.from()) ? link.to() : link.from();
            List<Link> pair = byPair.computeIfAbsent(a + " " + b, k -> new ArrayList<>());
            pair.add(link);
            pair.add(new Link(link.to(), link.property(), link.from(), link.direction().equals("out") ? "in" : "out"));
        }
        List<Link> result = new ArrayList<>();
        for (List<Link> pair : byPair.values())
            best(pair).ifPresent(l -> result.add(l.direction().equals("out") ? l : new Link(l.to(), l.property(), l.from(), "out")));
        return result;
    }

    private int specificity(String property, Collection<Link> links) {
        return (int) links.stream().filter(o -> ontology.isSubPropertyOf(property, o.property())).count();
    }
}
