package org.universo.platformo.spaceworlds.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Transform component of a node, for materializers: the platform's transform editor draws {@code pos},
 * {@code rot} (Euler degrees, applied Z, then X, then Y: yaw about Y last) and {@code scale} arrays of three.
 */
public final class Transforms {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Transforms() {
    }

    /**
     * The Transform of a node's {@code transform} data (missing parts: at the origin, unrotated, scale 1), its scale
     * multiplied per axis by {@code size}: the extent of the entity's unit shape in metres.
     *
     * @throws IllegalArgumentException when a value is not a number
     */
    public static ObjectNode of(JsonNode transform, double[] size) {
        double[] s = vec(transform.path("scale"), 1);
        for (int i = 0; i < 3; i++) {
            s[i] *= size[i];
        }
        return of(vec(transform.path("pos"), 0), vec(transform.path("rot"), 0), s);
    }

    /** Position, rotation as Euler degrees and scale as a Transform. */
    public static ObjectNode of(double[] position, double[] rotationDeg, double[] scale) {
        double x = Math.toRadians(rotationDeg[0]) / 2;
        double y = Math.toRadians(rotationDeg[1]) / 2;
        double z = Math.toRadians(rotationDeg[2]) / 2;
        double[] qy = {0, Math.sin(y), 0, Math.cos(y)};
        double[] qx = {Math.sin(x), 0, 0, Math.cos(x)};
        double[] qz = {0, 0, Math.sin(z), Math.cos(z)};
        double[] q = mul(mul(qy, qx), qz);
        ObjectNode t = JSON.objectNode();
        t.putObject("position").put("x", position[0]).put("y", position[1]).put("z", position[2]);
        t.putObject("rotation").put("x", q[0]).put("y", q[1]).put("z", q[2]).put("w", q[3]);
        t.putObject("scale").put("x", scale[0]).put("y", scale[1]).put("z", scale[2]);
        return t;
    }

    /** Up to three numbers of an array, the rest {@code fallback}. */
    public static double[] vec(JsonNode a, double fallback) {
        double[] v = {fallback, fallback, fallback};
        for (int i = 0; i < 3 && a.isArray() && i < a.size(); i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException("transform values are numbers");
            }
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {
            a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
            a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
            a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
            a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2]};
    }
}
