package org.universo.platformo.updl.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Shape;
import org.universo.platformo.updl.diff.ChangeKind;
import org.universo.platformo.updl.diff.EdgeChange;
import org.universo.platformo.updl.diff.FieldChange;
import org.universo.platformo.updl.diff.NodeChange;
import org.universo.platformo.updl.diff.ShapeChange;
import org.universo.platformo.updl.diff.ValueChange;

/** Compares the nodes, edges and shapes of one canvas in two versions; either side may be absent (empty). */
public final class CanvasDiffer {
    private CanvasDiffer() {
    }

    public static void nodes(String canvasId, List<Node> before, List<Node> after, List<NodeChange> out) {
        Map<String, Node> old = index(before, Node::id);
        Map<String, Node> now = index(after, Node::id);
        for (Node node : now.values()) {
            Node previous = old.get(node.id());
            if (previous == null) {
                out.add(new NodeChange(canvasId, node.id(), ChangeKind.ADDED, node.type(), null, null, null, null));
            } else {
                changed(canvasId, previous, node, out);
            }
        }
        for (Node node : old.values()) {
            if (!now.containsKey(node.id())) {
                out.add(new NodeChange(canvasId, node.id(), ChangeKind.REMOVED, node.type(), null, null, null, null));
            }
        }
    }

    public static void edges(String canvasId, List<Edge> before, List<Edge> after, List<EdgeChange> out) {
        Map<String, Edge> old = index(before, Edge::id);
        Map<String, Edge> now = index(after, Edge::id);
        for (Edge edge : now.values()) {
            Edge previous = old.get(edge.id());
            if (previous == null) {
                out.add(new EdgeChange(canvasId, edge.id(), ChangeKind.ADDED, null, edge));
            } else if (!previous.equals(edge)) {
                out.add(new EdgeChange(canvasId, edge.id(), ChangeKind.CHANGED, previous, edge));
            }
        }
        for (Edge edge : old.values()) {
            if (!now.containsKey(edge.id())) {
                out.add(new EdgeChange(canvasId, edge.id(), ChangeKind.REMOVED, edge, null));
            }
        }
    }

    public static void shapes(String canvasId, List<Shape> before, List<Shape> after, List<ShapeChange> out) {
        Map<String, Shape> old = index(before, Shape::id);
        Map<String, Shape> now = index(after, Shape::id);
        for (Shape shape : now.values()) {
            Shape previous = old.get(shape.id());
            if (previous == null || !previous.equals(shape)) {
                out.add(new ShapeChange(canvasId, shape.id(), previous == null ? ChangeKind.ADDED : ChangeKind.CHANGED));
            }
        }
        for (String id : old.keySet()) {
            if (!now.containsKey(id)) {
                out.add(new ShapeChange(canvasId, id, ChangeKind.REMOVED));
            }
        }
    }

    private static void changed(String canvasId, Node before, Node after, List<NodeChange> out) {
        ValueChange type = before.type().equals(after.type()) ? null : new ValueChange(before.type(), after.type());
        ValueChange position = before.position().equals(after.position()) ? null
                : new ValueChange(before.position(), after.position());
        ValueChange label = Objects.equals(before.label(), after.label()) ? null
                : new ValueChange(before.label(), after.label());
        List<FieldChange> fields = fields(before.data(), after.data());
        if (type != null || position != null || label != null || !fields.isEmpty()) {
            out.add(new NodeChange(canvasId, after.id(), ChangeKind.CHANGED, after.type(), type, position, label,
                    fields));
        }
    }

    private static List<FieldChange> fields(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String key : keys) {
            if (Node.isReserved(key)) {
                continue;
            }
            boolean had = before.containsKey(key);
            boolean has = after.containsKey(key);
            if (!had) {
                out.add(new FieldChange(key, ChangeKind.ADDED, null, after.get(key)));
            } else if (!has) {
                out.add(new FieldChange(key, ChangeKind.REMOVED, before.get(key), null));
            } else if (!Values.equivalent(before.get(key), after.get(key))) {
                out.add(new FieldChange(key, ChangeKind.CHANGED, before.get(key), after.get(key)));
            }
        }
        return out;
    }

    /** Later duplicates are ignored: the validator reports them, the diff only has to be deterministic. */
    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            out.putIfAbsent(id.apply(item), item);
        }
        return out;
    }

    /** Extensions of a canvas compared as JSON values. */
    public static boolean sameExtensions(Canvas a, Canvas b) {
        return Values.equivalent(a.extensions(), b.extensions());
    }
}
