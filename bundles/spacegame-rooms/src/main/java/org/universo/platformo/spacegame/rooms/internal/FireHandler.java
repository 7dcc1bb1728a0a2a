package org.universo.platformo.spacegame.rooms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.universo.platformo.combat.CombatEvents;
import org.universo.platformo.combat.CombatRules;
import org.universo.platformo.combat.FireGate;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.combat.spi.IntegrityVisuals;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RayHit;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;
import org.universo.platformo.ships.ModuleType;

/**
 * The {@code fire} intent: a fitted ship fires only its fitted weapon modules, a ship without a fitting the configured
 * weapon; the fire gate charges cooldown and energy; a hitscan ray finds the target where the player saw it; the
 * combat rules take the damage through shield, armor and hull, or off Health where the target has no defences.
 */
@Component(service = IntentHandler.class, property = IntentHandler.KIND + "=fire",
        configurationPid = "org.universo.platformo.spacegame.rooms")
public final class FireHandler implements IntentHandler {
    private static final String KIND = "fire";
    private final ObjectMapper json = new ObjectMapper();
    private final CombatRules rules;
    private final FireGate gate;
    private final SpacegameRoomsConfig config;

    /** How damage looks, from the game's overlay; the highest ranking while several are registered. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public volatile IntegrityVisuals visuals;

    @Activate
    public FireHandler(@Reference CombatRules rules, @Reference FireGate gate, SpacegameRoomsConfig config) {
        this.rules = rules;
        this.gate = gate;
        this.config = config;
    }

    @Override
    public void handle(RoomContext room, RoomBody actor, JsonNode action, long clientTimeMs) {
        String weaponId = action.path("weaponId").asText();
        String targetId = action.path("targetId").isTextual() ? action.get("targetId").asText() : null;
        Fitting fitting = actor.state(Fitting.class, Fitting::new);
        ModuleType.Weapon weapon = weapon(fitting, weaponId);
        if (weapon == null) {
            room.count(KIND, "not_fitted");
            return;
        }
        String attacker = fitting.shipEntityId != null ? fitting.shipEntityId : actor.entityId();
        Optional<FireGate.Refusal> no = gate.fire(attacker, weaponId, weapon, new FireGate.Capacitor() {
            @Override
            public double energy() {
                return actor.energy();
            }

            @Override
            public void draw(double amount) {
                actor.energy(actor.energy() - amount);
            }
        }, room.nowMs());
        if (no.isPresent()) {
            room.count(KIND, no.get().reason());
            return;
        }
        Optional<RayHit> hit = room.ray(actor, weapon.maxRange(), targetId, clientTimeMs);
        if (hit.isEmpty()) {
            room.count(KIND, "miss");
            return;
        }
        room.count(KIND, "hit");
        damage(room, actor, hit.get(), weaponId, weapon);
    }

    private ModuleType.Weapon weapon(Fitting fitting, String weaponId) {
        if (fitting.modules == null) {
            return config.weapon_id().equals(weaponId) ? new ModuleType.Weapon(Map.of("thermal", config.weapon_damage()),
                    config.weapon_cooldown_ms(), 0, config.weapon_range(), 0) : null;
        }
        if (!fitting.modules.contains(weaponId)) {
            return null;
        }
        return rules.weapon(weaponId).map(ModuleType::weapon).orElse(null);
    }

    private void damage(RoomContext room, RoomBody actor, RayHit ray, String weaponId, ModuleType.Weapon weapon) {
        RoomBody target = ray.body();
        Integrity before = defences(target);
        if (before == null) {
            simple(room, actor, target, weaponId, weapon);
            return;
        }
        Hit hit = rules.resolve(weaponId, weapon, ray.distance(), before);
        room.event("combat.hit", CombatEvents.hit(actor.entityId(), target.entityId(), hit), target, actor);
        if (hit.total() > 0) {
            target.component(Integrity.COMPONENT, json.valueToTree(hit.after()));
            target.health(hit.after().hull().current(), hit.after().hull().max());
            look(room, target, hit.after());
        }
        if (hit.destroyed()) {
            room.event("combat.destroyed", CombatEvents.destroyed(target.entityId(), actor.entityId()), target, actor);
        }
        rules.published(actor.entityId(), target.entityId(), hit);
    }

    /** The target's layers: its Integrity, else a hull from its health; null when it cannot be damaged. */
    private Integrity defences(RoomBody target) {
        JsonNode stored = target.component(Integrity.COMPONENT);
        if (stored != null) {
            return json.convertValue(stored, Integrity.class);
        }
        if (target.maxHealth() > 0) {
            return new Integrity(empty(), empty(), new Integrity.Layer(target.health(), target.maxHealth(), Map.of()));
        }
        return null;
    }

    /** A target with no defences at all: the weapon's total damage, reported on the hull. */
    private static void simple(RoomContext room, RoomBody actor, RoomBody target, String weaponId,
            ModuleType.Weapon weapon) {
        double total = weapon.damage().values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("attackerId", actor.entityId());
        p.put("targetId", target.entityId());
        p.put("weaponId", weaponId);
        p.put("damageType", "thermal");
        p.put("damage", total);
        p.put("layer", "hull");
        room.event("combat.hit", p, target, actor);
    }

    /** The game's look of the damage on the replicated Visual; a faulty overlay costs the look, never the hit. */
    private void look(RoomContext room, RoomBody target, Integrity after) {
        IntegrityVisuals v = visuals;
        if (v == null || !(target.component("Visual") instanceof ObjectNode visual)) {
            return;
        }
        try {
            target.show("Visual", visual.deepCopy().put("state", v.state(after)));
        } catch (RuntimeException e) {
            room.count("visual_state", "failed");
        }
    }

    private static Integrity.Layer empty() {
        return new Integrity.Layer(0, 0, Map.of());
    }
}
