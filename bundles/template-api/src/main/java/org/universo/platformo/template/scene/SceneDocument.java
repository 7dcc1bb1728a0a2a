package org.universo.platformo.template.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/**
 * Reduces a space (and the spaces it links to) to a scene document, deterministic for a given input:
 * <pre>
 * {format: 1, title, background, fog: {color, density}?,
 *  camera: {position: [x,y,z], lookAt: [x,y,z], fov, near, far, given},
 *  lights: [{type, color, intensity, position: [x,y,z]}],
 *  entities: [{id, name, kind, primitive, color, position, rotation, scale, tags, components: [{type, ...data}]}],
 *  data: [{id, ...data}],
 *  quiz: {showPoints, lead: {name, email, phone}, questions: [{id, text, points,
 *         answers: [{id, text, correct, points, objects: [entity ids]}]}]}?}
 * </pre>
 * Entities come from Entity nodes (a render component gives primitive and colour, else the entity kind decides; the
 * scale is the node's times the kind's natural size: ship 4, asteroid 20, station 60, gate 50, vehicle 3, player 1.8) and
 * Object nodes; linked spaces add their entities after the root's. Without a Camera node the camera frames every
 * entity, and a Camera node at its default rotation looks at them ({@code lookAt}); without a Light node there is one
 * directional light.
 */
public final class SceneDocument {
    public static final int FORMAT = 1;

    private SceneDocument() {
    }

    public static ObjectNode of(SpaceGraph graph, List<ResolvedSpace> linked, ObjectMapper mapper) {
        SceneParts parts = new SceneParts(mapper);
        parts.add(graph, true);
        for (ResolvedSpace s : linked) {
            parts.add(s.graph(), false);
        }
        return parts.document();
    }

    /** Numbers of a JSON array, padded with {@code fallback}. */
    static double[] vec(JsonNode array, double fallback) {
        double[] v = {fallback, fallback, fallback};
        for (int i = 0; i < 3 && array != null && i < array.size(); i++) {
            v[i] = array.get(i).asDouble(fallback);
        }
        return v;
    }

    static ArrayNode array(ObjectMapper mapper, double... v) {
        ArrayNode a = mapper.createArrayNode();
        for (double d : v) {
            a.add(Math.round(d * 1000) / 1000.0);
        }
        return a;
    }
}
