package org.universo.platformo.updl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.updl.Diagram;
import org.universo.platformo.updl.Layer;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.Shape;
import org.universo.platformo.updl.ShapeKind;

/** Checks the references inside a canvas's diagram: layers, anchors, group members, line endpoints. */
final class DiagramCheck {
    private DiagramCheck() {
    }

    static void check(Diagram diagram, Set<String> nodeIds, Report report) {
        Set<String> layers = new HashSet<>();
        for (int i = 0; i < diagram.layers().size(); i++) {
            Layer layer = diagram.layers().get(i);
            if (!layers.add(layer.id())) {
                report.canvas("/diagram/layers/" + i + "/id", Problem.DUPLICATE_ID, "Layer id " + layer.id()
                        + " is used twice");
            }
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (int i = 0; i < diagram.shapes().size(); i++) {
            Shape shape = diagram.shapes().get(i);
            if (shapes.putIfAbsent(shape.id(), shape) != null) {
                report.canvas(at(i, "id"), Problem.DUPLICATE_ID, "Shape id " + shape.id() + " is used twice");
            }
        }
        Map<String, String> parents = new HashMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < diagram.shapes().size(); i++) {
            Shape shape = diagram.shapes().get(i);
            if (!layers.contains(shape.layerId())) {
                report.canvas(at(i, "layerId"), Problem.DIAGRAM_LAYER_MISSING, "Shape " + shape.id()
                        + " is on missing layer " + shape.layerId());
            }
            if (shape.anchorNodeId() != null && !nodeIds.contains(shape.anchorNodeId())) {
                report.canvas(at(i, "anchorNodeId"), Problem.DIAGRAM_ANCHOR_MISSING, "Shape " + shape.id()
                        + " is anchored to missing node " + shape.anchorNodeId());
            }
            form(shape, i, report);
            endpoint(shape, i, "startShapeId", shape.startShapeId(), shapes, report);
            endpoint(shape, i, "endShapeId", shape.endShapeId(), shapes, report);
            for (int j = 0; j < shape.children().size(); j++) {
                String child = shape.children().get(j);
                String pointer = at(i, "children/" + j);
                if (!shapes.containsKey(child)) {
                    report.canvas(pointer, Problem.DIAGRAM_GROUP_MEMBER_MISSING, "Group " + shape.id()
                            + " lists missing shape " + child);
                } else if (parents.putIfAbsent(child, shape.id()) != null) {
                    report.canvas(pointer, Problem.DIAGRAM_GROUP_CONFLICT, "Shape " + child + " is in groups "
                            + parents.get(child) + " and " + shape.id());
                } else {
                    groups.computeIfAbsent(shape.id(), k -> new ArrayList<>()).add(child);
                }
            }
        }
        for (List<String> cycle : Cycles.find(groups)) {
            report.canvas(null, Problem.DIAGRAM_GROUP_CYCLE, "Groups contain each other: " + String.join(" → ", cycle));
        }
    }

    private static void form(Shape shape, int i, Report report) {
        ShapeKind kind = shape.kind();
        if (kind.isLinear() && (shape.geometry().points() == null || shape.geometry().points().size() < 2)) {
            report.canvas(at(i, "geometry/points"), Problem.DIAGRAM_INVALID_SHAPE,
                    "Lines and arrows need at least two points");
        }
        if (!kind.isLinear() && (shape.startShapeId() != null || shape.endShapeId() != null)) {
            report.canvas(at(i, "kind"), Problem.DIAGRAM_INVALID_SHAPE, "Only lines and arrows connect shapes");
        }
        if (kind != ShapeKind.GROUP && !shape.children().isEmpty()) {
            report.canvas(at(i, "children"), Problem.DIAGRAM_INVALID_SHAPE, "Only groups have children");
        }
    }

    private static void endpoint(Shape shape, int i, String field, String target, Map<String, Shape> shapes,
            Report report) {
        if (target != null && !shapes.containsKey(target)) {
            report.canvas(at(i, field), Problem.DIAGRAM_ENDPOINT_MISSING, "Shape " + shape.id()
                    + " connects to missing shape " + target);
        }
    }

    private static String at(int index, String member) {
        return "/diagram/shapes/" + index + "/" + member;
    }
}
