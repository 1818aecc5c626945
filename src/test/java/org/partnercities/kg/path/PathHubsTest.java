package org.partnercities.kg.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.graph.Neighbourhood;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /api/paths does not read the links of hubs beyond its two ends. The seed graph has no hub at the
 * default threshold, so these finders use thresholds that make one.
 */
class PathHubsTest extends HttpTestSupport {

    private static final Node SITNOVA = iri("person/sitnova-elena-vladimirovna");
    private static final Node IVANOVO = iri("city/ivanovo");

    @Autowired
    Neighbourhood neighbourhood;
    @Autowired
    EntitySummaries summaries;
    @Autowired
    OntologyIndex ontology;
    @Autowired
    Sparql sparql;

    @Test
    void theSeedGraphHasNoHubAtTheDefaultThreshold() {
        JsonPaths answer = JsonPaths.of(json("/api/paths", Map.of("from", "person/sitnova-elena-vladimirovna",
                "to", "city/moscow", "maxLength", "4", "limit", "50")));
        assertThat(answer.hubsNotFollowed()).isZero();
        assertThat(answer.lengths()).isNotEmpty();
    }

    @Test
    void aHubMetOnTheWayIsNamedAndItsLinksAreNotRead() {
        long ivanovo = degree(IVANOVO);
        PathResult all = finder(Integer.MAX_VALUE).find(SITNOVA, iri("city/moscow"), 4, 50, "ru");
        PathResult withHub = finder((int) ivanovo - 1).find(SITNOVA, iri("city/moscow"), 4, 50, "ru");

        assertThat(all.hubsNotFollowed()).isZero();
        assertThat(withHub.hubs()).extracting(EntityRef::id).contains("city/ivanovo");
        assertThat(withHub.hubsNotFollowed()).isEqualTo(withHub.hubs().size());
        // Whatever is found without the hub's links is a path of the full search too, and some are lost.
        assertThat(ids(all)).containsAll(ids(withHub));
        assertThat(ids(withHub)).hasSizeLessThan(ids(all).size());
    }

    @Test
    void theEndsAreAlwaysReadEvenWhenEverythingIsAHub() {
        PathFinder everythingIsAHub = finder(0);
        PathResult direct = everythingIsAHub.find(IVANOVO, iri("school/ivanovo-56"), 1, 10, "ru");
        assertThat(direct.shortest()).isEqualTo(1);
        assertThat(direct.hubs()).isEmpty();
        // Two steps need only the two ends' links: Sitnova → her school → Moscow school No. 1286.
        PathResult twoSteps = everythingIsAHub.find(SITNOVA, iri("school/moscow-1286"), 4, 50, "ru");
        assertThat(twoSteps.shortest()).isEqualTo(2);
        assertThat(twoSteps.paths()).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2));
        assertThat(twoSteps.hubsNotFollowed()).isPositive();
    }

    private PathFinder finder(int hubDegree) {
        return new PathFinder(neighbourhood, summaries, ontology, sparql, hubDegree);
    }

    private long degree(Node node) {
        return sparql.select("graph/select-degrees", Map.of(), "node", List.of(node)).get(0).get("degree").asLiteral().getLong();
    }

    private static Set<String> ids(PathResult result) {
        return result.paths().stream()
                .map(p -> p.steps().stream().map(s -> s.from().id() + ">" + s.to().id()).collect(Collectors.joining(" ")))
                .collect(Collectors.toSet());
    }

    private static Node iri(String id) {
        return NodeFactory.createURI(PCK.ID + id);
    }

    private record JsonPaths(int hubsNotFollowed, List<Integer> lengths) {
        static JsonPaths of(tools.jackson.databind.JsonNode json) {
            List<Integer> lengths = new java.util.ArrayList<>();
            json.path("paths").forEach(p -> lengths.add(p.path("length").asInt()));
            return new JsonPaths(json.path("hubsNotFollowed").asInt(-1), lengths);
        }
    }
}
