package org.universo.platformo.template.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A camera that sees every entity: above and in front of the centre of their bounds, looking at it. */
final class Framing {
    private Framing() {
    }

    static ObjectNode camera(ObjectMapper mapper, JsonNode entities) {
        double[] c = center(entities);
        double r = c[3];
        double distance = r / Math.tan(Math.toRadians(30)) * 1.1;
        ObjectNode cam = mapper.createObjectNode().put("fov", 60).put("near", 0.1).put("far", Math.max(1000, distance * 4))
                .put("given", false);
        cam.set("position", SceneDocument.array(mapper, c[0], c[1] + distance * 0.35, c[2] + distance));
        cam.set("lookAt", SceneDocument.array(mapper, c[0], c[1], c[2]));
        return cam;
    }

    /**
     * A camera node left at its default rotation looks at the player (an entity of kind or tag {@code player}) or else
     * at the middle of the scene: the editor's default would otherwise point it away from what is there.
     */
    static void aim(ObjectMapper mapper, ObjectNode camera, JsonNode entities) {
        double[] rot = SceneDocument.vec(camera.path("rotation"), 0);
        if (entities.isEmpty() || rot[0] != 0 || rot[1] != 0 || rot[2] != 0) {
            return;
        }
        double[] c = center(entities);
        for (JsonNode e : entities) {
            if ("player".equals(e.path("kind").asText()) || e.path("tags").toString().contains("\"player\"")) {
                c = SceneDocument.vec(e.path("position"), 0);
                break;
            }
        }
        camera.set("lookAt", SceneDocument.array(mapper, c[0], c[1], c[2]));
    }

    /** Centre x, y, z of the entities' bounds and the bounding radius. */
    private static double[] center(JsonNode entities) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonNode e : entities) {
            double[] p = SceneDocument.vec(e.path("position"), 0);
            double[] s = SceneDocument.vec(e.path("scale"), 1);
            for (int i = 0; i < 3; i++) {
                min[i] = Math.min(min[i], p[i] - Math.abs(s[i]));
                max[i] = Math.max(max[i], p[i] + Math.abs(s[i]));
            }
        }
        if (entities.isEmpty()) {
            min = new double[] {-1, -1, -1};
            max = new double[] {1, 1, 1};
        }
        double r = Math.max(1, Math.sqrt(Math.pow(max[0] - min[0], 2) + Math.pow(max[1] - min[1], 2)
                + Math.pow(max[2] - min[2], 2)) / 2);
        return new double[] {(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2, r};
    }
}
