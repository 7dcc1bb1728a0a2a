package org.universo.platformo.updl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;

/**
 * Checks the edges of one canvas: ids, endpoints, ports, multiplicity and cycles. Every edge means "source is part
 * of (or, between spaces, comes before) target", so the edges of a canvas must never form a cycle.
 */
final class EdgeCheck {
    private EdgeCheck() {
    }

    /** {@code nodeTypes} maps every node id of the canvas to its type, or to null when the type is unknown. */
    static void check(List<Edge> edges, Map<String, NodeType> nodeTypes, Report report) {
        Set<String> ids = new HashSet<>();
        Set<List<String>> connections = new HashSet<>();
        Map<List<String>, Integer> uses = new HashMap<>();
        Map<String, List<String>> successors = new LinkedHashMap<>();
        for (Edge edge : edges) {
            if (!ids.add(edge.id())) {
                report.edge(edge.id(), null, Problem.DUPLICATE_ID, "Edge id " + edge.id() + " is used twice");
            }
            boolean hasSource = nodeTypes.containsKey(edge.source());
            boolean hasTarget = nodeTypes.containsKey(edge.target());
            if (!hasSource || !hasTarget) {
                report.edge(edge.id(), null, Problem.DANGLING_EDGE, "Edge " + edge.id() + " points at missing node "
                        + (hasSource ? edge.target() : edge.source()));
                continue;
            }
            successors.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge.target());
            if (!connections.add(List.of(edge.source(), edge.sourcePort(), edge.target(), edge.targetPort()))) {
                report.edge(edge.id(), edge.target(), Problem.DUPLICATE_EDGE, "Edge " + edge.id()
                        + " repeats a connection from " + edge.source() + "." + edge.sourcePort());
                continue;
            }
            Port out = port(edge, edge.source(), edge.sourcePort(), nodeTypes.get(edge.source()), false, report);
            Port in = port(edge, edge.target(), edge.targetPort(), nodeTypes.get(edge.target()), true, report);
            if (out != null && in != null && !in.accepts(out)) {
                report.edge(edge.id(), edge.target(), Problem.PORT_TYPE_MISMATCH, "Port " + edge.targetPort()
                        + " takes " + in.dataType() + ", but " + edge.source() + "." + edge.sourcePort() + " gives "
                        + out.dataType());
            }
            overuse(edge, edge.source(), out, "out", uses, report);
            overuse(edge, edge.target(), in, "in", uses, report);
        }
        for (List<String> cycle : Cycles.find(successors)) {
            report.edge(null, cycle.get(0), Problem.CYCLE, "Edges form a cycle: " + String.join(" → ", cycle));
        }
    }

    private static Port port(Edge edge, String nodeId, String name, NodeType type, boolean input, Report report) {
        if (type == null) {
            return null;
        }
        Optional<Port> port = input ? type.input(name) : type.output(name);
        if (port.isEmpty()) {
            report.edge(edge.id(), nodeId, Problem.UNKNOWN_PORT, type.type() + " has no " + (input ? "input" : "output")
                    + " port " + name);
        }
        return port.orElse(null);
    }

    private static void overuse(Edge edge, String nodeId, Port port, String direction,
            Map<List<String>, Integer> uses, Report report) {
        if (port == null) {
            return;
        }
        int count = uses.merge(List.of(nodeId, direction, port.name()), 1, Integer::sum);
        if (count > 1 && !port.multiple()) {
            report.edge(edge.id(), nodeId, Problem.PORT_MULTIPLICITY, "Port " + nodeId + "." + port.name()
                    + " takes a single connection");
        }
    }
}
