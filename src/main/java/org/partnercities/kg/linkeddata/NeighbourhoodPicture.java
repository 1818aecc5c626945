package org.partnercities.kg.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnercities.kg.graph.GraphView;

/**
 * A small picture of an entity's neighbourhood for its page: the entity in the middle, its
 * neighbours on a circle. Only numbers are computed here; the template writes (and escapes) text.
 */
record NeighbourhoodPicture(int width, int height, List<Dot> dots, List<Line> lines, boolean truncated) {

    record Dot(double x, double y, String label, String href, String type, boolean centre) {}

    record Line(double x1, double y1, double x2, double y2, String label) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 420;

    static NeighbourhoodPicture of(GraphView graph, PublishProperties publish) {
        List<GraphView.NodeElement> nodes = graph.elements().nodes();
        Map<String, Dot> dots = new HashMap<>();
        List<Dot> ordered = new ArrayList<>();
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        int around = Math.max(1, nodes.size() - 1);
        int i = 0;
        for (GraphView.NodeElement node : nodes) {
            GraphView.NodeData data = node.data();
            boolean centre = data.distance() == 0;
            double angle = 2 * Math.PI * i / around - Math.PI / 2;
            Dot dot = centre
                    ? new Dot(cx, cy, data.label(), publish.localPath(data.iri()), data.typeLabel(), true)
                    : new Dot(round(cx + 250 * Math.cos(angle)), round(cy + 165 * Math.sin(angle)), data.label(),
                            publish.localPath(data.iri()), data.typeLabel(), false);
            if (!centre)
                i++;
            dots.put(data.id(), dot);
            ordered.add(dot);
        }
        List<Line> lines = new ArrayList<>();
        for (GraphView.EdgeElement edge : graph.elements().edges()) {
            Dot a = dots.get(edge.data().source());
            Dot b = dots.get(edge.data().target());
            if (a != null && b != null)
                lines.add(new Line(a.x(), a.y(), b.x(), b.y(), edge.data().label()));
        }
        return new NeighbourhoodPicture(WIDTH, HEIGHT, ordered, lines, graph.truncated());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
