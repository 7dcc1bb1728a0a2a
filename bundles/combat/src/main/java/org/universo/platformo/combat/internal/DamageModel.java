package org.universo.platformo.combat.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ships.ModuleType;

/**
 * Each damage type of a shot, scaled by range, goes through the layers in order: a layer takes the damage left after
 * its resistance, and what it cannot hold passes on as raw damage to the next layer, so a resistant but thin shield
 * does not swallow a big hit. A layer resisting a type fully stops that type.
 */
final class DamageModel {
    private static final double EPSILON = 1e-9;

    private DamageModel() {
    }

    static double rangeFactor(ModuleType.Weapon w, double distance) {
        if (distance <= w.optimalRange()) {
            return 1;
        }
        return w.falloff() <= 0 ? 0 : Math.max(0, 1 - (distance - w.optimalRange()) / w.falloff());
    }

    static Hit resolve(String weaponId, ModuleType.Weapon w, double distance, Integrity target) {
        double factor = rangeFactor(w, distance);
        Map<String, Double> left = new HashMap<>();
        for (String layer : Integrity.LAYERS) {
            left.put(layer, target.layer(layer).current());
        }
        List<Hit.Applied> applied = new ArrayList<>();
        double total = 0;
        for (String type : Integrity.DAMAGE_TYPES) {
            double raw = w.damage().getOrDefault(type, 0.0) * factor;
            for (String layer : Integrity.LAYERS) {
                double current = left.get(layer);
                if (raw <= EPSILON) {
                    break;
                }
                if (current <= 0) {
                    continue;
                }
                double resist = Math.max(0, Math.min(1, target.layer(layer).resist().getOrDefault(type, 0.0)));
                if (resist >= 1) {
                    break;
                }
                double effective = raw * (1 - resist);
                double taken = Math.min(effective, current);
                left.put(layer, current - taken);
                applied.add(new Hit.Applied(type, layer, taken));
                total += taken;
                raw = (effective - taken) / (1 - resist);
            }
        }
        Integrity after = new Integrity(target.shield().withCurrent(left.get("shield")),
                target.armor().withCurrent(left.get("armor")), target.hull().withCurrent(left.get("hull")));
        return new Hit(weaponId, distance, factor, List.copyOf(applied), total, after,
                !target.destroyed() && after.destroyed());
    }
}
