package org.universo.platformo.template.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.SpaceGraph;

/** Collects the parts of a scene document while walking the canvases. */
final class SceneParts {
    private static final Map<String, String> PRIMITIVE = Map.of("ship", "cone", "asteroid", "sphere", "station",
            "cylinder", "gate", "torus", "player", "capsule", "vehicle", "box");
    private static final Map<String, String> COLOR = Map.of("ship", "#4f8fe6", "asteroid", "#8a7f72", "station",
            "#c9ced6", "gate", "#b06ce0", "player", "#49c46a", "vehicle", "#e0a43c");

    private final ObjectMapper mapper;
    private final ObjectNode doc;
    private final ArrayNode entities;
    private final ArrayNode lights;
    private final ArrayNode data;
    private final QuizParts quiz;
    private boolean spaceSeen;
    private boolean markedSeen;

    SceneParts(ObjectMapper mapper) {
        this.mapper = mapper;
        doc = mapper.createObjectNode().put("format", SceneDocument.FORMAT).put("title", "Space").put("background", "#0b1020");
        entities = mapper.createArrayNode();
        lights = mapper.createArrayNode();
        data = mapper.createArrayNode();
        quiz = new QuizParts(mapper);
    }

    void add(SpaceGraph graph, boolean root) {
        for (Canvas canvas : graph.canvases()) {
            Map<String, List<Node>> children = children(canvas);
            for (Node n : canvas.nodes()) {
                JsonNode d = mapper.valueToTree(n.data());
                switch (n.type()) {
                    case "Space" -> space(d, root);
                    case "Entity" -> entity(n, d, children.getOrDefault(n.id(), List.of()));
                    case "Object" -> object(n, d);
                    case "Camera" -> camera(d, root);
                    case "Light" -> light(d);
                    case "Data" -> {
                        data.add(((ObjectNode) d.deepCopy()).put("id", n.id()));
                        quiz.data(n, d, children);
                    }
                    default -> { }
                }
            }
        }
    }

    ObjectNode document() {
        if (lights.isEmpty()) {
            lights.add(mapper.createObjectNode().put("type", "directional").put("color", "#ffffff").put("intensity", 1)
                    .set("position", SceneDocument.array(mapper, 5, 10, 7)));
        }
        if (doc.has("camera")) {
            Framing.aim(mapper, (ObjectNode) doc.get("camera"), entities);
        } else {
            doc.set("camera", Framing.camera(mapper, entities));
        }
        doc.set("lights", lights);
        doc.set("entities", entities);
        doc.set("data", data);
        if (!quiz.isEmpty()) {
            doc.set("quiz", quiz.document());
        }
        return doc;
    }

    /** The root graph's first Space node, or its node marked isRootNode, sets the scene's title and look. */
    private void space(JsonNode d, boolean root) {
        boolean marked = d.path("isRootNode").asBoolean(false);
        if (!root || spaceSeen && !(marked && !markedSeen)) {
            return;
        }
        spaceSeen = true;
        markedSeen |= marked;
        doc.put("title", d.path("spaceName").asText("Space"));
        quiz.space(d);
        String bg = d.path("backgroundColor").asText("");
        if (!bg.isBlank()) {
            doc.put("background", bg);
        }
        if (d.path("fog").asBoolean()) {
            doc.putObject("fog").put("color", d.path("fogColor").asText("").isBlank() ? "#808080"
                    : d.path("fogColor").asText()).put("density", d.path("fogDensity").asDouble(0.1));
        }
    }

    private void entity(Node n, JsonNode d, List<Node> attached) {
        String kind = d.path("entityType").asText("StaticObject");
        JsonNode t = d.path("transform");
        ObjectNode e = entities.addObject().put("id", n.id()).put("name", n.label() == null ? n.id() : n.label())
                .put("kind", kind).put("primitive", PRIMITIVE.getOrDefault(kind, "box"))
                .put("color", COLOR.getOrDefault(kind, "#d0d4da"));
        e.set("position", SceneDocument.array(mapper, SceneDocument.vec(t.path("pos"), 0)));
        e.set("rotation", SceneDocument.array(mapper, SceneDocument.vec(t.path("rot"), 0)));
        // as drawn: a unit primitive scaled by the creator, the size the server's world gives the body too
        e.set("scale", SceneDocument.array(mapper, SceneDocument.vec(t.path("scale"), 1)));
        e.set("tags", d.path("tags").isArray() ? d.path("tags").deepCopy() : mapper.createArrayNode());
        ArrayNode components = e.putArray("components");
        for (Node c : attached) {
            if ("Component".equals(c.type())) {
                ObjectNode comp = mapper.valueToTree(c.data());
                String type = comp.path("componentType").asText("render");
                if ("render".equals(type)) {
                    e.put("primitive", comp.path("primitive").asText(e.path("primitive").asText()));
                    e.put("color", comp.path("color").asText(e.path("color").asText()));
                }
                components.add(comp.put("id", c.id()).put("type", type));
            }
        }
    }

    private void object(Node n, JsonNode d) {
        double s = d.path("scale").asDouble(1);
        ObjectNode e = entities.addObject().put("id", n.id()).put("name", d.path("name").asText(n.id()))
                .put("kind", "object").put("primitive", d.path("objectType").asText("box"))
                .put("color", d.path("color").asText("#ff0000"));
        e.set("position", SceneDocument.array(mapper, d.path("positionX").asDouble(0), d.path("positionY").asDouble(0.5),
                d.path("positionZ").asDouble(0)));
        e.set("rotation", SceneDocument.array(mapper, 0, 0, 0));
        e.set("scale", SceneDocument.array(mapper, s * d.path("width").asDouble(1), s * d.path("height").asDouble(1),
                s * d.path("depth").asDouble(1)));
        e.set("tags", mapper.createArrayNode());
        e.putArray("components");
    }

    private void camera(JsonNode d, boolean root) {
        if (!root || doc.has("camera")) {
            return;
        }
        double[] p = {d.path("positionX").asDouble(0), d.path("positionY").asDouble(1.6), d.path("positionZ").asDouble(5)};
        ObjectNode c = doc.putObject("camera").put("fov", d.path("fieldOfView").asDouble(75))
                .put("near", d.path("nearClippingPlane").asDouble(0.1)).put("far", d.path("farClippingPlane").asDouble(1000))
                .put("given", true);
        c.set("position", SceneDocument.array(mapper, p));
        c.set("rotation", SceneDocument.array(mapper, d.path("rotationX").asDouble(0), d.path("rotationY").asDouble(0),
                d.path("rotationZ").asDouble(0)));
    }

    private void light(JsonNode d) {
        String color = d.path("lightColor").asText("");
        lights.addObject().put("type", d.path("lightType").asText("directional"))
                .put("color", color.isBlank() ? "#ffffff" : color).put("intensity", d.path("intensity").asDouble(1))
                .set("position", SceneDocument.array(mapper, d.path("positionX").asDouble(0),
                        d.path("positionY").asDouble(10), d.path("positionZ").asDouble(10)));
    }

    /** Nodes connected into each node (edges point child → parent). */
    private static Map<String, List<Node>> children(Canvas canvas) {
        Map<String, Node> byId = new LinkedHashMap<>();
        canvas.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, List<Node>> out = new LinkedHashMap<>();
        for (Edge e : canvas.edges()) {
            Node child = byId.get(e.source());
            if (child != null) {
                out.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(child);
            }
        }
        return out;
    }
}
