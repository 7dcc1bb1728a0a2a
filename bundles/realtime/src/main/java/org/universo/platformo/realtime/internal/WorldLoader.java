package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.EntityView;

/**
 * A world's stored entities as bodies: those with a Transform take part (with an Orbit they move on it); the
 * replicated components (Visual, Health by default) travel to clients with them; the domains' body bindings read
 * what else they need.
 */
final class WorldLoader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorldLoader.class);
    private WorldLoader() {
    }

    static void load(Room room) {
        if (room.store == null) {
            return;
        }
        for (EntityView e : room.store.loadWorld(room.worldId)) {
            add(room, e);
        }
    }

    /**
     * One stored entity: an owned one is kept for its owner's avatar (the avatar model fits it from them); with a
     * Transform it becomes a body, which the body bindings read.
     */
    static void add(Room room, EntityView e) {
        if (e.ownerId() != null) {
            Map<String, JsonNode> data = new LinkedHashMap<>();
            e.components().forEach((type, v) -> data.put(type, v.data()));
            room.owned.computeIfAbsent(e.ownerId(), k -> new LinkedHashMap<>()).put(e.id(), data);
        }
        ComponentValue t = e.components().get("Transform");
        if (t != null) {
            body(room, e, t);
        }
    }

    private static void body(Room room, EntityView e, ComponentValue t) {
        ComponentValue orbit = e.components().get("Orbit");
        Body b = room.addBody(e.id(), orbit == null ? Body.Kind.STATIC : Body.Kind.NPC, e.ownerId());
        JsonNode d = t.data();
        b.x = d.at("/position/x").asDouble();
        b.y = d.at("/position/y").asDouble();
        b.z = d.at("/position/z").asDouble();
        b.sx = d.at("/scale/x").asDouble(1);
        b.sy = d.at("/scale/y").asDouble(1);
        b.sz = d.at("/scale/z").asDouble(1);
        b.sized();
        double[] euler = euler(d.at("/rotation/x").asDouble(), d.at("/rotation/y").asDouble(),
                d.at("/rotation/z").asDouble(), d.at("/rotation/w").asDouble(1));
        b.yaw = euler[0];
        b.pitch = euler[1];
        b.roll = euler[2];
        b.stored = true;
        b.transformVersion = t.version();
        if (orbit != null) {
            JsonNode o = orbit.data();
            Orbit orbitOf = new Orbit(o.at("/center/x").asDouble(), o.at("/center/y").asDouble(),
                    o.at("/center/z").asDouble(), o.path("radius").asDouble(), o.path("angularSpeed").asDouble(),
                    o.path("phase").asDouble(), o.path("bobAmplitude").asDouble(), o.path("bobPeriod").asDouble());
            if (Sanity.sane(orbitOf)) {
                b.orbit = orbitOf;
            } else {
                LOG.warn("Room {}: entity {} has an Orbit leaving the world bounds; it stays where it is", room.id,
                        e.id());
            }
        }
        ComponentValue health = e.components().get("Health");
        if (health != null) {
            b.health = health.data().path("current").asDouble();
            b.maxHealth = health.data().path("max").asDouble();
            b.hasHealth = true;
            b.healthVersion = health.version();
        }
        Map<String, JsonNode> components = new LinkedHashMap<>();
        e.components().forEach((type, v) -> {
            components.put(type, v.data());
            b.data.put(type, v.data());
            b.versions.put(type, v.version());
        });
        room.bind(b, Map.copyOf(components));
        replicate(room, b);
        if (Sanity.keep(b)) {
            // Stored before the schemas bounded every number; its next write-back brings the row within them.
            room.metrics.corrected();
            b.moved = true;
        }
        room.grid.update(b);
        b.history.record(room.tick, b.x, b.y, b.z);
    }

    /**
     * Sets the JSON of the components clients receive: the configured types and those the registered body bindings
     * name, Health from the body.
     */
    static void replicate(Room room, Body b) {
        Map<String, Object> out = new LinkedHashMap<>();
        java.util.Set<String> declared = room.extensions.get().replicated();
        b.data.forEach((type, data) -> {
            if ((room.settings.replicated().contains(type) || declared.contains(type)) && !"Health".equals(type)) {
                out.put(type, "Visual".equals(type) && b.stored ? scaled(data, b) : data);
            }
        });
        if (b.maxHealth > 0 && room.settings.replicated().contains("Health")) {
            out.put("Health", Map.of("current", b.health, "max", b.maxHealth));
        }
        try {
            b.components = out.isEmpty() ? null : room.json.mapper().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Visual as clients draw it: at the scale of the body's Transform, the one its collision sphere follows. */
    private static JsonNode scaled(JsonNode visual, Body b) {
        if (!(visual instanceof com.fasterxml.jackson.databind.node.ObjectNode o)) {
            return visual;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = o.deepCopy();
        copy.putObject("scale").put("x", b.sx).put("y", b.sy).put("z", b.sz);
        return copy;
    }

    /** yaw, pitch, roll of a rotation R = Ry(yaw)·Rx(pitch)·Rz(roll) given as a quaternion. */
    static double[] euler(double x, double y, double z, double w) {
        double m02 = 2 * (x * z + w * y);
        double m22 = 1 - 2 * (x * x + y * y);
        double m12 = 2 * (y * z - w * x);
        double m10 = 2 * (x * y + w * z);
        double m11 = 1 - 2 * (x * x + z * z);
        return new double[] {Math.atan2(m02, m22), Math.asin(Math.max(-1, Math.min(1, -m12))), Math.atan2(m10, m11)};
    }
}
