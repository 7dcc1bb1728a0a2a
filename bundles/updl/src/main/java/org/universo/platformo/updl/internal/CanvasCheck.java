package org.universo.platformo.updl.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.spi.NodeType;

/** Checks one canvas: sizes first, then nodes, edges and the diagram. */
final class CanvasCheck {
    private final NodeTypeRegistry registry;
    private final NodeDataCheck data;

    CanvasCheck(NodeTypeRegistry registry, NodeDataCheck data) {
        this.registry = registry;
        this.data = data;
    }

    void check(Canvas canvas, GraphLimits limits, List<Problem> sink) {
        Report report = new Report(canvas.id(), sink);
        if (!withinLimits(canvas, limits, report)) {
            return;
        }
        Map<String, NodeType> nodeTypes = new LinkedHashMap<>();
        Map<String, NodeType> known = new HashMap<>();
        for (Node node : canvas.nodes()) {
            if (nodeTypes.containsKey(node.id())) {
                report.node(node.id(), null, Problem.DUPLICATE_ID, "Node id " + node.id() + " is used twice");
            }
            NodeType type = known.computeIfAbsent(node.type(), t -> registry.find(t).orElse(null));
            if (type == null) {
                report.node(node.id(), null, Problem.UNKNOWN_NODE_TYPE, "Unknown node type " + node.type());
            }
            nodeTypes.putIfAbsent(node.id(), type);
            data.check(node, type, limits.maxNodeDataBytes(), report);
        }
        EdgeCheck.check(canvas.edges(), nodeTypes, report);
        if (canvas.diagram() != null) {
            DiagramCheck.check(canvas.diagram(), nodeTypes.keySet(), report);
        }
    }

    /** An oversized canvas is reported and not checked further, which bounds the work a hostile document causes. */
    private static boolean withinLimits(Canvas canvas, GraphLimits limits, Report report) {
        boolean ok = true;
        if (canvas.nodes().size() > limits.maxNodesPerCanvas()) {
            report.canvas("/nodes", Problem.TOO_MANY_NODES, "The canvas has " + canvas.nodes().size()
                    + " nodes; at most " + limits.maxNodesPerCanvas() + " are allowed");
            ok = false;
        }
        if (canvas.edges().size() > limits.maxEdgesPerCanvas()) {
            report.canvas("/edges", Problem.TOO_MANY_EDGES, "The canvas has " + canvas.edges().size()
                    + " edges; at most " + limits.maxEdgesPerCanvas() + " are allowed");
            ok = false;
        }
        int shapes = canvas.diagram() == null ? 0 : canvas.diagram().shapes().size();
        if (shapes > limits.maxShapesPerCanvas()) {
            report.canvas("/diagram/shapes", Problem.TOO_MANY_SHAPES, "The diagram has " + shapes
                    + " shapes; at most " + limits.maxShapesPerCanvas() + " are allowed");
            ok = false;
        }
        return ok;
    }
}
