package org.universo.platformo.api.protocol;

import java.util.Set;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Payload of {@link Topics#COMBAT_HIT}: damage after resistances, applied to one defence layer. Types and
 * layers are strings rather than enums so that unknown values fail validation instead of deserialization.
 */
@JsonSchemaRef("protocol/CombatHitPayload.schema.json")
public record CombatHitPayload(
        EntityId attackerId,
        EntityId targetId,
        String weaponId,
        String damageType,
        double damage,
        String layer) {

    public static final Set<String> DAMAGE_TYPES = Set.of("em", "thermal", "kinetic", "explosive");
    public static final Set<String> LAYERS = Set.of("shield", "armor", "hull");

    public CombatHitPayload {
        Checks.present(attackerId, "CombatHitPayload.attackerId");
        Checks.present(targetId, "CombatHitPayload.targetId");
        Checks.nonBlank(weaponId, "CombatHitPayload.weaponId");
        oneOf(damageType, DAMAGE_TYPES, "CombatHitPayload.damageType");
        Checks.finite(damage, "CombatHitPayload.damage");
        if (damage < 0) {
            throw new IllegalArgumentException("CombatHitPayload.damage must be >= 0: " + damage);
        }
        oneOf(layer, LAYERS, "CombatHitPayload.layer");
    }

    private static void oneOf(String value, Set<String> allowed, String name) {
        if (!allowed.contains(Checks.present(value, name))) {
            throw new IllegalArgumentException(name + " must be one of " + allowed + ": " + value);
        }
    }
}
