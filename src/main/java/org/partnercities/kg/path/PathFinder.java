package org.partnercities.kg.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.NotFoundException;
import org.partnercities.kg.graph.Link;
import org.partnercities.kg.graph.Neighbourhood;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Shortest connections, ignoring direction. Expands from both ends at once, a frontier per query
 * (⌈L/2⌉ steps from one end and ⌊L/2⌋ from the other hold every path of length L), then lists
 * the simple paths through what was fetched: all of the shortest length, and then those one
 * step longer, up to the limit.
 *
 * <p>The links of hubs — entities that more than {@code kg.paths.hub-degree} statements point at,
 * such as a big city or the programme every event belongs to — are not read beyond the two ends:
 * at national scale one of them holds a hundred thousand links, and reading it cost more than the
 * rest of the search. A path through a hub is still found when both its neighbours on the path
 * are read anyway (two schools of the same city); the answer names the hubs not followed.
 */
@Service
class PathFinder {

    /** Paths explored at most, so that a dense neighbourhood cannot stall a request. */
    static final int MAX_EXPLORED = 20_000;

    private final Neighbourhood neighbourhood;
    private final EntitySummaries summaries;
    private final OntologyIndex ontology;
    private final Sparql sparql;
    private final int hubDegree;

    PathFinder(Neighbourhood neighbourhood, EntitySummaries summaries, OntologyIndex ontology, Sparql sparql,
               @Value("${kg.paths.hub-degree:500}") int hubDegree) {
        this.neighbourhood = neighbourhood;
        this.summaries = summaries;
        this.ontology = ontology;
        this.sparql = sparql;
        this.hubDegree = hubDegree;
    }

    PathResult find(Node from, Node to, int maxLength, int limit, String lang) {
        for (Node end : List.of(from, to))
            if (!sparql.ask("graph/ask-entity", Map.of("entity", end)))
                throw new NotFoundException(EntityIds.id(end.getURI()));
        String source = from.getURI();
        String target = to.getURI();

        Map<String, Map<String, List<Link>>> adjacency = new HashMap<>();
        Set<String> fetched = new HashSet<>();
        Set<String> hubs = new LinkedHashSet<>();
        expand(source, (maxLength + 1) / 2, adjacency, fetched, hubs);
        expand(target, maxLength / 2, adjacency, fetched, hubs);
        hubs.removeAll(fetched); // an end is always read, even when the other end's search took it for a hub

        Map<String, Integer> toTarget = distances(target, adjacency, maxLength);
        List<List<String>> found = new ArrayList<>();
        if (toTarget.containsKey(source)) {
            int shortest = toTarget.get(source);
            enumerate(source, target, Math.min(maxLength, shortest + 1), adjacency, toTarget, found);
        }
        found.sort((a, b) -> a.size() != b.size() ? Integer.compare(a.size(), b.size()) : String.join(" ", a).compareTo(String.join(" ", b)));
        List<List<String>> chosen = found.stream().limit(limit).toList();

        Set<String> nodes = new LinkedHashSet<>(List.of(source, target));
        chosen.forEach(nodes::addAll);
        List<String> notFollowed = hubs.stream().sorted().limit(MAX_HUBS_SHOWN).toList();
        nodes.addAll(notFollowed);
        Map<String, EntityRef> refs = summaries.of(nodes, lang);
        List<PathResult.Path> paths = chosen.stream().map(p -> toPath(p, adjacency, refs, lang)).toList();
        return new PathResult(refs.get(source), refs.get(target), maxLength,
                paths.isEmpty() ? 0 : paths.get(0).length(), paths, hubs.size(), notFollowed.stream().map(refs::get).toList());
    }

    /** Hubs named in an answer at most. */
    static final int MAX_HUBS_SHOWN = 10;

    /**
     * Fetches the links of everything within {@code steps} of {@code start}, except nodes whose
     * links were {@code fetched} already (a node can be known as a neighbour before it is fetched)
     * and, beyond the start, {@code hubs}, which it adds to as it finds them.
     */
    private void expand(String start, int steps, Map<String, Map<String, List<Link>>> adjacency, Set<String> fetched,
                        Set<String> hubs) {
        Set<String> seen = new HashSet<>(Set.of(start));
        Set<String> frontier = Set.of(start);
        for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
            Set<String> unknown = new LinkedHashSet<>();
            for (String n : frontier)
                if ((step == 0 || !hubs.contains(n)) && fetched.add(n))
                    unknown.add(n);
            if (step > 0) {
                Set<String> found = hubsAmong(unknown);
                hubs.addAll(found);
                unknown.removeAll(found);
                fetched.removeAll(found);
            }
            neighbourhood.linksOf(unknown).forEach((node, links) -> links.forEach(link -> add(adjacency, link)));
            Set<String> next = new LinkedHashSet<>();
            for (String n : frontier)
                for (String m : adjacency.getOrDefault(n, Map.of()).keySet())
                    if (seen.add(m))
                        next.add(m);
            frontier = next;
        }
    }

    /** The nodes among {@code nodes} that more than {@code hubDegree} statements point at. */
    private Set<String> hubsAmong(Set<String> nodes) {
        if (nodes.isEmpty())
            return Set.of();
        List<Node> values = nodes.stream().map(NodeFactory::createURI).toList();
        Set<String> found = new LinkedHashSet<>();
        for (Map<String, RDFNode> row : sparql.select("graph/select-degrees", Map.of(), "node", values))
            if (row.get("degree").asLiteral().getLong() > hubDegree)
                found.add(row.get("node").asResource().getURI());
        return found;
    }

    /** Records a link under both of its ends, as links ignore direction. */
    private static void add(Map<String, Map<String, List<Link>>> adjacency, Link link) {
        adjacency.computeIfAbsent(link.from(), k -> new HashMap<>())
                .computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        Link reverse = new Link(link.to(), link.property(), link.from(), link.direction().equals("out") ? "in" : "out");
        adjacency.computeIfAbsent(link.to(), k -> new HashMap<>())
                .computeIfAbsent(link.from(), k -> new ArrayList<>()).add(reverse);
    }

    private static Map<String, Integer> distances(String start, Map<String, Map<String, List<Link>>> adjacency, int max) {
        Map<String, Integer> distance = new HashMap<>(Map.of(start, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String n = queue.poll();
            if (distance.get(n) == max)
                continue;
            for (String m : adjacency.getOrDefault(n, Map.of()).keySet())
                if (!distance.containsKey(m)) {
                    distance.put(m, distance.get(n) + 1);
                    queue.add(m);
                }
        }
        return distance;
    }

    /** Every simple path from source to target of at most {@code bound} steps, depth first. */
    private static void enumerate(String source, String target, int bound, Map<String, Map<String, List<Link>>> adjacency,
                                  Map<String, Integer> toTarget, List<List<String>> found) {
        Deque<String> path = new ArrayDeque<>(List.of(source));
        int[] explored = {0};
        walk(source, target, bound, adjacency, toTarget, path, new HashSet<>(Set.of(source)), found, explored);
    }

    private static void walk(String node, String target, int bound, Map<String, Map<String, List<Link>>> adjacency,
                             Map<String, Integer> toTarget, Deque<String> path, Set<String> onPath,
                             List<List<String>> found, int[] explored) {
        if (++explored[0] > MAX_EXPLORED)
            return;
        if (node.equals(target)) {
            found.add(new ArrayList<>(path));
            return;
        }
        int used = path.size() - 1;
        for (String next : adjacency.getOrDefault(node, Map.of()).keySet()) {
            Integer remaining = toTarget.get(next);
            if (remaining == null || onPath.contains(next) || used + 1 + remaining > bound)
                continue;
            path.addLast(next);
            onPath.add(next);
            walk(next, target, bound, adjacency, toTarget, path, onPath, found, explored);
            path.removeLast();
            onPath.remove(next);
        }
    }

    private PathResult.Path toPath(List<String> nodes, Map<String, Map<String, List<Link>>> adjacency,
                                   Map<String, EntityRef> refs, String lang) {
        List<PathResult.Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            String a = nodes.get(i);
            String b = nodes.get(i + 1);
            Link link = neighbourhood.best(adjacency.get(a).get(b)).orElseThrow();
            steps.add(new PathResult.Step(refs.get(a), link.property(), ontology.label(link.property(), lang),
                    link.direction(), refs.get(b)));
        }
        return new PathResult.Path(steps.size(), steps);
    }
}
