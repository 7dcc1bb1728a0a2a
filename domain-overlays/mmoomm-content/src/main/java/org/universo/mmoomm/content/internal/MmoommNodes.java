package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.spaceworlds.spi.NodeMaterializer;
import org.universo.platformo.spaceworlds.spi.Transforms;
import org.universo.platformo.updl.Node;

/**
 * The MMOOMM palette's nodes as entities of the world: an asteroid of its material and mass, a station (a market
 * unless the creator says not), a gate to another world. Each is a unit shape as large as the node says (twice its
 * radius across), times the scale of its transform, where the transform puts it.
 */
@Component(service = NodeMaterializer.class, property = {NodeMaterializer.NODE_TYPE + "=mmoomm.Asteroid",
        NodeMaterializer.NODE_TYPE + "=mmoomm.Station", NodeMaterializer.NODE_TYPE + "=mmoomm.Gate"})
public final class MmoommNodes implements NodeMaterializer {
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public MmoommNodes() {
    }

    @Override
    public Map<String, JsonNode> components(Node node) {
        JsonNode d = json.valueToTree(node.data());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        switch (node.type()) {
            case "mmoomm.Asteroid" -> {
                out.put("Transform", body(d, 20));
                out.put("Visual", visual("asteroid", d));
                out.put(MmoommComponentTypes.MINEABLE, json.createObjectNode().put("materialId", material(d))
                        .put("massKg", d.path("massKg").asDouble()));
            }
            case "mmoomm.Station" -> {
                out.put("Transform", body(d, 30));
                out.put("Visual", visual("station", d));
                if (d.path("market").asBoolean(true)) {
                    out.put(MmoommComponentTypes.STATION, json.createObjectNode().put("rangeM", 50));
                }
            }
            case "mmoomm.Gate" -> {
                out.put("Transform", body(d.path("ringRadius"), d.path("transform"), 10));
                out.put("Visual", visual("gate", d));
                ObjectNode gate = json.createObjectNode().put("toWorldId", d.path("toWorldId").asText());
                if (d.has("radius")) {
                    gate.put("radius", d.path("radius").asDouble());
                }
                out.put(MmoommComponentTypes.GATE, gate);
            }
            default -> throw new IllegalArgumentException(node.type() + " is not an MMOOMM node type");
        }
        return out;
    }

    private static ObjectNode body(JsonNode d, double radius) {
        return body(d.path("radius"), d.path("transform"), radius);
    }

    private static ObjectNode body(JsonNode radius, JsonNode transform, double fallback) {
        double across = 2 * radius.asDouble(fallback);
        return Transforms.of(transform, new double[] {across, across, across});
    }

    private ObjectNode visual(String model, JsonNode d) {
        ObjectNode v = json.createObjectNode().put("model", model);
        String color = d.path("color").asText("");
        if (color.matches("#[0-9a-fA-F]{6}")) {
            v.put("color", color.toLowerCase(java.util.Locale.ROOT));
        }
        return v;
    }

    /** One of the materials the economy prices; anything else would be ore nobody buys. */
    private static String material(JsonNode d) {
        String id = d.path("materialId").asText();
        if (Balance.MATERIALS.stream().noneMatch(m -> m.id().equals(id))) {
            throw new IllegalArgumentException("materialId " + id + " is none of " + Balance.MATERIALS.stream()
                    .map(Balance.Material::id).toList());
        }
        return id;
    }
}
