package org.partnercities.kg.graph;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A neighbourhood in Cytoscape.js JSON: {@code elements.nodes[].data}, {@code elements.edges[].data}. */
@Schema(description = "A neighbourhood as Cytoscape.js elements")
public record GraphView(
        @Schema(description = "The entity at the centre") String center,
        @Schema(description = "Steps outward that were asked for") int depth,
        @Schema(description = "Most nodes returned") int limit,
        @Schema(description = "True when the neighbourhood had more nodes than the limit and was cut") boolean truncated,
        @Schema(description = "Nodes the neighbourhood had before the cut, as far as it was explored") int nodesFound,
        Elements elements) {

    public record Elements(List<NodeElement> nodes, List<EdgeElement> edges) {}

    public record NodeElement(NodeData data) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeData(String id, String iri, String label, String type, String typeLabel, int distance) {}

    public record EdgeElement(EdgeData data) {}

    public record EdgeData(String id, String source, String target, String property, String label) {}
}
