package org.universo.platformo.combat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.combat.Apply;
import org.universo.platformo.combat.FireGate;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.combat.Shot;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.Ships;

/**
 * A shot through the REST API: the checks a room makes (fitted weapon, cooldown, energy, range), the damage model,
 * then Integrity (and Health, mirroring the hull) written with the version read; a concurrent change is re-read.
 */
final class ApplyShot {
    private static final int ATTEMPTS = 5;
    private final CombatComponent rules;
    private final EntityStore store;
    private final Shooters shooters;
    private final FireGate gate;
    private final ObjectMapper json = new ObjectMapper();

    ApplyShot(CombatComponent rules, FireGate gate, EntityStore store, Shooters shooters) {
        this.rules = rules;
        this.gate = gate;
        this.store = store;
        this.shooters = shooters;
    }

    Shot apply(String userId, boolean admin, Apply in, long nowMs) {
        EntityView attacker = store.find(in.attackerId()).filter(e -> admin || e.ownerId().equals(userId))
                .orElseThrow(() -> ApiException.notFound("attacker"));
        ModuleType weapon = rules.weapon(in.weaponId()).orElseThrow(() -> refused("weapon.unknown",
                "no weapon " + in.weaponId()));
        ComponentValue ship = attacker.components().get(Ships.COMPONENT);
        if (ship == null || !fitted(ship.data(), in.weaponId())) {
            throw refused("weapon.not_fitted", in.weaponId() + " is not fitted to the attacker's ship");
        }
        double capacity = ship.data().path("energyCapacity").asDouble();
        double recharge = ship.data().path("energyRecharge").asDouble();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            EntityView target = store.find(in.targetId()).filter(t -> t.worldId().equals(attacker.worldId())
                    && !t.id().equals(attacker.id())).orElseThrow(() -> ApiException.notFound("target"));
            Integrity integrity = rules.integrity(data(target)).orElseThrow(() -> refused("target.indestructible",
                    "the target has no Integrity, Ship or Health"));
            if (integrity.destroyed()) {
                throw new ApiException(ErrorCode.CONFLICT, "the target is already destroyed",
                        Map.of("reason", "target.destroyed"));
            }
            double distance = distance(attacker, target);
            if (attempt == 0) {
                FireGate.Refusal no = gate.fire(attacker.id(), in.weaponId(), weapon.weapon(),
                        shooters.capacitor(attacker.id(), capacity, recharge, nowMs), nowMs).orElse(null);
                if (no != null) {
                    throw new ApiException(ErrorCode.CONFLICT, no.message(), Map.of("reason", no.reason(),
                            "retryAfterMs", no.retryAfterMs()));
                }
            }
            Hit hit = rules.resolve(in.weaponId(), weapon.weapon(), distance, integrity);
            ComponentValue stored = target.components().get(Integrity.COMPONENT);
            List<ComponentWrite> writes = new ArrayList<>();
            writes.add(new ComponentWrite(target.id(), Integrity.COMPONENT, stored == null ? 0 : stored.version(),
                    json.valueToTree(hit.after())));
            ComponentValue health = target.components().get("Health");
            if (health != null) {
                writes.add(new ComponentWrite(target.id(), "Health", health.version(), json.createObjectNode()
                        .put("current", hit.after().hull().current()).put("max", health.data().path("max")
                                .asDouble(hit.after().hull().max()))));
            }
            WriteResult w = store.write(writes);
            if (w.conflicts().isEmpty()) {
                rules.published(attacker.id(), target.id(), hit);
                return new Shot(attacker.id(), target.id(), hit, w.written().get(0).version(),
                        shooters.energy(attacker.id(), capacity, recharge, nowMs));
            }
        }
        throw new ApiException(ErrorCode.CONFLICT, "the target kept changing; fire again", Map.of("reason", "busy"));
    }

    private static boolean fitted(JsonNode ship, String weaponId) {
        for (JsonNode m : ship.path("modules")) {
            if (m.asText().equals(weaponId)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> data(EntityView e) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        e.components().forEach((k, v) -> m.put(k, v.data()));
        return m;
    }

    private static double distance(EntityView a, EntityView b) {
        JsonNode p = position(a);
        JsonNode q = position(b);
        double dx = p.path("x").asDouble() - q.path("x").asDouble();
        double dy = p.path("y").asDouble() - q.path("y").asDouble();
        double dz = p.path("z").asDouble() - q.path("z").asDouble();
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static JsonNode position(EntityView e) {
        ComponentValue t = e.components().get("Transform");
        if (t == null) {
            throw refused("transform.missing", e.id() + " has no Transform, so no position to shoot from or at");
        }
        return t.data().path("position");
    }

    private static ApiException refused(String reason, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, Map.of("reason", reason));
    }
}
