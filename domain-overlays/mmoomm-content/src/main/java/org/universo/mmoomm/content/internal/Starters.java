package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.Ships;

/**
 * A player's first ship in a world, made by the server (a player never writes their own hold or fitting): a
 * Prospector with a mining laser and a pulse laser and an empty hold, beside the world's first station (or at its
 * origin). One per player and world: asking again answers the ship they have.
 */
final class Starters {
    static final String HULL = "mmoomm.prospector";
    static final List<String> MODULES = List.of("mmoomm.mining-laser", "mmoomm.pulse-laser");
    static final double HOLD_M3 = 40;
    /** How far from the station's surface a new ship starts: inside its docking range, clear of its body. */
    static final double BESIDE = 30;
    /** Berths on the ring around the station; the next round of ships starts {@link #LEVEL} higher. */
    static final int SLOTS = 8;
    static final double LEVEL = 15;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final EntityStore store;
    private final WorldAccess worlds;
    private final Ships ships;

    Starters(EntityStore store, WorldAccess worlds, Ships ships) {
        this.store = store;
        this.worlds = worlds;
        this.ships = ships;
    }

    /** The player's ship in the world, and whether it was made now. */
    record Starter(EntityView ship, boolean created) {
    }

    Starter starter(AuthPrincipal player, String worldId) {
        if (!worlds.role(player, worldId).atLeast(WorldRole.PLAYER)) {
            throw ApiException.notFound("world");
        }
        List<EntityView> world = store.loadWorld(worldId);
        for (EntityView e : world) {
            if (player.userId().equals(e.ownerId()) && e.components().containsKey(Ships.COMPONENT)) {
                return new Starter(e, false);
            }
        }
        Map<String, JsonNode> components = new LinkedHashMap<>();
        components.put("Transform", spawn(world));
        components.put("Visual", JSON.objectNode().put("model", "ship"));
        components.put(Ships.COMPONENT, ships.component(new Fitting(HULL, MODULES, null)));
        ObjectNode hold = JSON.objectNode().put("capacityM3", HOLD_M3).put("usedM3", 0);
        hold.putObject("items");
        components.put(MmoommComponentTypes.CARGO, hold);
        return new Starter(store.create(player, new Inputs.EntityCreate(worldId, null, null, "Prospector",
                components)), true);
    }

    /**
     * Where a new ship starts: one of {@link #SLOTS} berths on a ring {@link #BESIDE} off the first station's surface
     * (half its largest extent),
     * taken in turn by the ships already in the world, each further round a level higher, so no two starters
     * overlap (a ray fired from one would start inside the other).
     */
    static ObjectNode spawn(List<EntityView> world) {
        ObjectNode t = JSON.objectNode();
        ObjectNode p = t.putObject("position").put("x", 0).put("y", 0).put("z", 0);
        long ships = world.stream().filter(e -> e.components().containsKey(Ships.COMPONENT)).count();
        double angle = 2 * Math.PI * (ships % SLOTS) / SLOTS;
        double up = LEVEL * (ships / SLOTS);
        for (EntityView e : world) {
            ComponentValue where = e.components().get("Transform");
            if (e.components().containsKey(MmoommComponentTypes.STATION) && where != null) {
                JsonNode at = where.data().path("position");
                JsonNode size = where.data().path("scale");
                double ring = BESIDE + Math.max(Math.abs(size.path("x").asDouble()), Math.max(Math.abs(size.path("y")
                        .asDouble()), Math.abs(size.path("z").asDouble()))) / 2;
                p.put("x", at.path("x").asDouble() + ring * Math.cos(angle))
                        .put("y", at.path("y").asDouble() + up)
                        .put("z", at.path("z").asDouble() + ring * Math.sin(angle));
                break;
            }
        }
        t.putObject("rotation").put("x", 0).put("y", 0).put("z", 0).put("w", 1);
        // a Prospector is 4 m long: the room's collision sphere and every client's model follow this scale
        t.putObject("scale").put("x", 2).put("y", 1).put("z", 4);
        return t;
    }
}
