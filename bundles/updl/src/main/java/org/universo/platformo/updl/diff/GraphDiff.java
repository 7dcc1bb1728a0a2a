package org.universo.platformo.updl.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Layer;
import org.universo.platformo.updl.Shape;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.internal.CanvasDiffer;

/** Computes the structural difference between two space graphs; pure and thread-safe. */
public final class GraphDiff {
    private GraphDiff() {
    }

    /** What changed from {@code before} to {@code after}. */
    public static GraphChanges diff(SpaceGraph before, SpaceGraph after) {
        Map<String, Canvas> old = index(before);
        Map<String, Canvas> now = index(after);
        List<CanvasChange> canvases = new ArrayList<>();
        List<NodeChange> nodes = new ArrayList<>();
        List<EdgeChange> edges = new ArrayList<>();
        List<ShapeChange> shapes = new ArrayList<>();
        for (Canvas canvas : now.values()) {
            Canvas previous = old.get(canvas.id());
            if (previous == null) {
                canvases.add(new CanvasChange(canvas.id(), ChangeKind.ADDED, null, null, null, false, false));
            } else {
                CanvasChange change = canvasChange(previous, canvas);
                if (change != null) {
                    canvases.add(change);
                }
            }
            parts(canvas.id(), previous, canvas, nodes, edges, shapes);
        }
        for (Canvas canvas : old.values()) {
            if (!now.containsKey(canvas.id())) {
                canvases.add(new CanvasChange(canvas.id(), ChangeKind.REMOVED, null, null, null, false, false));
                parts(canvas.id(), canvas, null, nodes, edges, shapes);
            }
        }
        return new GraphChanges(canvases, nodes, edges, shapes);
    }

    private static void parts(String id, Canvas before, Canvas after, List<NodeChange> nodes, List<EdgeChange> edges,
            List<ShapeChange> shapes) {
        CanvasDiffer.nodes(id, before == null ? List.of() : before.nodes(), after == null ? List.of() : after.nodes(),
                nodes);
        CanvasDiffer.edges(id, before == null ? List.of() : before.edges(), after == null ? List.of() : after.edges(),
                edges);
        CanvasDiffer.shapes(id, shapesOf(before), shapesOf(after), shapes);
    }

    private static CanvasChange canvasChange(Canvas before, Canvas after) {
        ValueChange name = before.name().equals(after.name()) ? null : new ValueChange(before.name(), after.name());
        ValueChange order = before.order() == after.order() ? null : new ValueChange(before.order(), after.order());
        ValueChange viewport = Objects.equals(before.viewport(), after.viewport()) ? null
                : new ValueChange(before.viewport(), after.viewport());
        boolean layers = !layersOf(before).equals(layersOf(after));
        boolean extensions = !CanvasDiffer.sameExtensions(before, after);
        if (name == null && order == null && viewport == null && !layers && !extensions) {
            return null;
        }
        return new CanvasChange(after.id(), ChangeKind.CHANGED, name, order, viewport, layers, extensions);
    }

    private static List<Shape> shapesOf(Canvas canvas) {
        return canvas == null || canvas.diagram() == null ? List.of() : canvas.diagram().shapes();
    }

    private static List<Layer> layersOf(Canvas canvas) {
        return canvas.diagram() == null ? List.of() : canvas.diagram().layers();
    }

    private static Map<String, Canvas> index(SpaceGraph graph) {
        Map<String, Canvas> out = new LinkedHashMap<>();
        graph.canvases().forEach(c -> out.putIfAbsent(c.id(), c));
        return out;
    }
}
