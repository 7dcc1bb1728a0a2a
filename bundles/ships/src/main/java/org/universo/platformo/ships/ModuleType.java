package org.universo.platformo.ships;

import java.util.List;
import java.util.Map;

/**
 * Something fitted into a slot: its slot type, CPU and power cost, the hull classes it fits (empty: any), the effects
 * it has on the ship's stats and, for weapons, how it shoots.
 */
public record ModuleType(String id, String name, String slot, double cpu, double power, List<String> hullClasses,
        List<Effect> effects, Weapon weapon) {

    public ModuleType {
        hullClasses = hullClasses == null ? List.of() : List.copyOf(hullClasses);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /**
     * A change to a stat ({@code maxSpeed}, {@code acceleration}, {@code turnRate}, {@code energyCapacity},
     * {@code energyRecharge}, {@code cpu}, {@code powerGrid}, {@code massKg}, {@code shield}, {@code armor},
     * {@code hull}): {@code add} first, then {@code multiply}, over every fitted module.
     */
    public record Effect(String stat, String op, double value) {
    }

    /**
     * Damage per shot by type; {@code cooldownMs} between shots; energy drawn from the capacitor per shot; full damage
     * up to {@code optimalRange} metres, falling linearly to none at {@code optimalRange + falloff}.
     */
    public record Weapon(Map<String, Double> damage, long cooldownMs, double energyPerShot, double optimalRange,
            double falloff) {
        public Weapon {
            damage = damage == null ? Map.of() : Map.copyOf(damage);
        }

        public double maxRange() {
            return optimalRange + falloff;
        }
    }
}
