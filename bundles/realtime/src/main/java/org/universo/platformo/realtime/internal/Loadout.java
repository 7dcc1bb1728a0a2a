package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.combat.CombatRules;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.EntityView;

/**
 * What bodies are made of beyond their pose: a player's ship takes the movement limits, capacitor and weapons of the
 * Ship component on an entity the player owns in the world; stored entities take their defences from Integrity,
 * Ship or Health through the combat rules.
 */
final class Loadout {
    private Loadout() {
    }

    /** Fits a joining player's ship from their Ship component, when the world holds one. */
    static void fit(Room room, Body ship, String userId) {
        fit(room, ship, userId, true);
    }

    /** {@code defences} false: limits and modules only, the ship keeps the damage it took. */
    static void fit(Room room, Body ship, String userId, boolean defences) {
        JsonNode s = room.shipsByOwner.get(userId);
        ShipModel.Limits base = room.settings.limits();
        if (s == null) {
            return;
        }
        ship.limits = new ShipModel.Limits(s.path("maxSpeed").asDouble(base.maxSpeed()),
                s.path("acceleration").asDouble(base.accel()), s.path("turnRate").asDouble(base.turnRate()),
                s.path("energyCapacity").asDouble(base.energyMax()), base.drain(),
                s.path("energyRecharge").asDouble(base.regen()));
        List<String> modules = new ArrayList<>();
        s.path("modules").forEach(m -> modules.add(m.asText()));
        ship.modules = List.copyOf(modules);
        CombatRules rules = room.rules.get();
        if (rules != null && defences) {
            rules.integrity(Map.of("Ship", s)).ifPresent(i -> integrity(ship, i));
        }
    }

    static void defences(Room room, Body b, EntityView e) {
        CombatRules rules = room.rules.get();
        if (rules == null) {
            return;
        }
        Map<String, JsonNode> data = new LinkedHashMap<>();
        e.components().forEach((type, v) -> data.put(type, v.data()));
        if (!data.containsKey(Integrity.COMPONENT) && !data.containsKey("Ship")) {
            return;
        }
        ComponentValue stored = e.components().get(Integrity.COMPONENT);
        b.integrityVersion = stored == null ? 0 : stored.version();
        rules.integrity(data).ifPresent(i -> integrity(b, i));
    }

    private static void integrity(Body b, Integrity i) {
        b.integrity = i;
        b.health = i.hull().current();
        b.maxHealth = i.hull().max();
    }
}
