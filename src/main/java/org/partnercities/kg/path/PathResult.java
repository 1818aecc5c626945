package org.partnercities.kg.path;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.partnercities.kg.api.EntityRef;

/** The shortest connections between two entities, each a chain of steps. */
@Schema(description = "Shortest connections between two entities")
record PathResult(
        EntityRef from,
        EntityRef to,
        @Schema(description = "Longest path searched for") int maxLength,
        @Schema(description = "Length of the shortest path found, 0 when there is none") int shortest,
        List<Path> paths,
        @Schema(description = "How many hubs the search met and did not go through (entities with more links than "
                + "kg.paths.hub-degree, such as a big city): paths through them are found only when both their "
                + "neighbours on the path were reached anyway") int hubsNotFollowed,
        @Schema(description = "The first of those hubs (at most 10, by id)") List<EntityRef> hubs) {

    @Schema(description = "One connection: the steps from 'from' to 'to'")
    record Path(int length, List<Step> steps) {}

    @Schema(description = "One step: from an entity, by a relation, to the next; "
            + "direction 'out' if the statement reads from → to, 'in' if it reads to → from")
    record Step(EntityRef from, String property, String relation, String direction, EntityRef to) {}
}
