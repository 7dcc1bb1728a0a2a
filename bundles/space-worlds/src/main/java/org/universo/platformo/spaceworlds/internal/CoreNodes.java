package org.universo.platformo.spaceworlds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.universo.platformo.spaceworlds.spi.Transforms;
import org.universo.platformo.updl.Node;

/**
 * The platform's own node types as entities: an Entity node's transform (Euler degrees) and semantic type, an Object
 * node's position, scale and colour, a render Component's colour. The creator's numbers are kept as drawn.
 */
final class CoreNodes {
    private CoreNodes() {
    }

    static Map<String, JsonNode> entity(Node n, ObjectMapper json) {
        JsonNode d = json.valueToTree(n.data());
        JsonNode t = d.path("transform");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("Transform", Transforms.of(t, new double[] {1, 1, 1}));
        String kind = d.path("entityType").asText("StaticObject");
        out.put("Visual", json.createObjectNode().put("model", "StaticObject".equals(kind) ? "object"
                : kind.toLowerCase(Locale.ROOT)));
        return out;
    }

    static Map<String, JsonNode> object(Node n, ObjectMapper json) {
        JsonNode d = json.valueToTree(n.data());
        double s = d.path("scale").asDouble(1);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        // the size every template draws: the object's width, height and depth times its scale, standing at y 0.5
        out.put("Transform", Transforms.of(new double[] {d.path("positionX").asDouble(), d.path("positionY")
                .asDouble(0.5), d.path("positionZ").asDouble()}, new double[3], new double[] {s * d.path("width")
                .asDouble(1), s * d.path("height").asDouble(1), s * d.path("depth").asDouble(1)}));
        ObjectNode visual = json.createObjectNode().put("model", d.path("objectType").asText("box")
                .toLowerCase(Locale.ROOT));
        color(d.path("color").asText(null)).ifPresent(c -> visual.put("color", c));
        out.put("Visual", visual);
        return out;
    }

    /** A render component: the entity's Visual takes its colour. */
    static void render(Node part, Map<String, JsonNode> entity, ObjectMapper json) {
        Object c = part.data().get("color");
        ObjectNode visual = entity.get("Visual") instanceof ObjectNode v ? v.deepCopy()
                : json.createObjectNode().put("model", "object");
        color(c instanceof String s ? s : null).ifPresent(hex -> visual.put("color", hex));
        entity.put("Visual", visual);
    }

    /** {@code #rgb}, {@code #rgba}, {@code #rrggbb} or {@code #rrggbbaa} as {@code #rrggbb}; empty for none. */
    static java.util.Optional<String> color(String c) {
        if (c == null || !c.matches("#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")) {
            return java.util.Optional.empty();
        }
        String h = c.substring(1);
        if (h.length() <= 4) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                b.append(h.charAt(i)).append(h.charAt(i));
            }
            h = b.toString();
        }
        return java.util.Optional.of("#" + h.substring(0, 6).toLowerCase(Locale.ROOT));
    }
}
