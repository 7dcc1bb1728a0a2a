package org.universo.platformo.combat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combat.hit and combat.destroyed payloads (protocol schemas CombatHitPayload, CombatDestroyedPayload): the
 * damage is the total after falloff and resistances, the type named is the one that did most and the layer the deepest
 * reached (the parts are in the {@link Hit} and in the target's Integrity component).
 */
public final class CombatEvents {
    private static final List<String> DEPTH = List.of("shield", "armor", "hull");

    /**
     * EventAdmin property of {@code org/universo/platformo/combat/hit} beside the payload's fields: the target's
     * {@link Integrity} after the hit, for server-side subscribers (never sent to clients).
     */
    public static final String INTEGRITY_AFTER = "integrity.after";

    private CombatEvents() {
    }

    public static Map<String, Object> hit(String attackerId, String targetId, Hit hit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("attackerId", attackerId);
        p.put("targetId", targetId);
        p.put("weaponId", hit.weaponId());
        p.put("damageType", hit.applied().stream().max(Comparator.comparingDouble(Hit.Applied::damage))
                .map(Hit.Applied::damageType).orElse("thermal"));
        p.put("damage", hit.total());
        p.put("layer", hit.applied().stream().map(Hit.Applied::layer).max(Comparator.comparingInt(DEPTH::indexOf))
                .orElse("shield"));
        return p;
    }

    public static Map<String, Object> destroyed(String targetId, String killerId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("entityId", targetId);
        p.put("killerId", killerId);
        return p;
    }
}
