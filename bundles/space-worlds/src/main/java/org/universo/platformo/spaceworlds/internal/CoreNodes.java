package org.universo.platformo.spaceworlds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
        out.put("Transform", transform(json, vec(t.path("pos"), 0), vec(t.path("rot"), 0), vec(t.path("scale"), 1)));
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
        out.put("Transform", transform(json, new double[] {d.path("positionX").asDouble(), d.path("positionY")
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

    /** Position, rotation as Euler degrees (applied Z, then X, then Y: yaw about Y last) and scale. */
    static ObjectNode transform(ObjectMapper json, double[] p, double[] rotDeg, double[] s) {
        double x = Math.toRadians(rotDeg[0]) / 2;
        double y = Math.toRadians(rotDeg[1]) / 2;
        double z = Math.toRadians(rotDeg[2]) / 2;
        double[] qy = {0, Math.sin(y), 0, Math.cos(y)};
        double[] qx = {Math.sin(x), 0, 0, Math.cos(x)};
        double[] qz = {0, 0, Math.sin(z), Math.cos(z)};
        double[] q = mul(mul(qy, qx), qz);
        ObjectNode t = json.createObjectNode();
        t.putObject("position").put("x", p[0]).put("y", p[1]).put("z", p[2]);
        t.putObject("rotation").put("x", q[0]).put("y", q[1]).put("z", q[2]).put("w", q[3]);
        t.putObject("scale").put("x", s[0]).put("y", s[1]).put("z", s[2]);
        return t;
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {
            a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
            a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
            a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
            a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2]};
    }

    static double[] vec(JsonNode a, double fallback) {
        double[] v = {fallback, fallback, fallback};
        for (int i = 0; i < 3 && a.isArray() && i < a.size(); i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException("transform values are numbers");
            }
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
