package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A space graph of about {@code size} valid core nodes on one canvas, shaped like a game sector: entities with
 * render, inventory and weapon components and two event/action pairs each, then data nodes to fill up.
 */
final class BenchGraph {
    private final ArrayNode nodes;
    private final ArrayNode edges;

    private BenchGraph(ObjectNode canvas) {
        this.nodes = canvas.putArray("nodes");
        this.edges = canvas.putArray("edges");
    }

    /** The graph with {@code label} as the space name, so that successive saves differ. */
    static ObjectNode of(ObjectMapper json, int size, String label) {
        ObjectNode graph = json.createObjectNode();
        ObjectNode canvas = graph.putArray("canvases").addObject().put("id", "main").put("name", "Bench").put("order", 0);
        BenchGraph b = new BenchGraph(canvas);
        b.node("space", "Space").put("spaceName", label).put("showPoints", true);
        for (int g = 0; b.nodes.size() + 8 <= size; g++) {
            String entity = "entity-" + g;
            ObjectNode e = b.node(entity, "Entity").put("entityType", g % 2 == 0 ? "ship" : "asteroid");
            ObjectNode t = e.putObject("transform");
            t.putArray("pos").add(g).add(0).add(g * 2);
            t.putArray("rot").add(0).add(0).add(0);
            t.putArray("scale").add(1).add(1).add(1);
            e.putArray("tags").add("bench").add("group-" + g);
            b.edge(entity, "entity", "space", "entities");
            b.node("render-" + g, "Component").put("componentType", "render").put("primitive", "box").put("color", "#336699");
            b.node("inventory-" + g, "Component").put("componentType", "inventory").put("maxCapacity", 20).put("currentLoad", 3);
            b.node("weapon-" + g, "Component").put("componentType", "weapon").put("fireRate", 2).put("damage", 5);
            for (String c : new String[] {"render-", "inventory-", "weapon-"}) {
                b.edge(c + g, "component", entity, "components");
            }
            for (int k = 0; k < 2; k++) {
                String event = "event-" + g + "-" + k;
                String action = "action-" + g + "-" + k;
                b.node(event, "Event").put("eventType", k == 0 ? "onClick" : "onTimer").putObject("eventArgs").put("delay", 1000);
                b.node(action, "Action").put("actionType", k == 0 ? "shoot" : "move").put("duration", 1)
                        .putObject("vector").put("x", 0).put("y", 1).put("z", 0);
                b.edge(event, "event", entity, "events");
                b.edge(action, "action", event, "actions");
            }
        }
        for (int d = 0; b.nodes.size() < size; d++) {
            b.node("data-" + d, "Data").put("dataType", "question").put("content", "Question " + d);
            b.edge("data-" + d, "data", "space", "data");
        }
        return graph;
    }

    private ObjectNode node(String id, String type) {
        ObjectNode n = nodes.addObject().put("id", id).put("type", type);
        n.putObject("position").put("x", nodes.size() * 10).put("y", 0);
        return n.putObject("data");
    }

    private void edge(String source, String sourcePort, String target, String targetPort) {
        edges.addObject().put("id", "e-" + source).put("source", source).put("sourcePort", sourcePort)
                .put("target", target).put("targetPort", targetPort);
    }
}
