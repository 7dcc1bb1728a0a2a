package org.universo.platformo.ships;

import java.util.Map;

/**
 * A hull: what it weighs and can carry (CPU, power grid, slots by slot type), how it moves (m/s, m/s², rad/s), its
 * capacitor (energy and recharge per second) and its defence layers. {@code hullClass} is what modules restrict to.
 */
public record ShipType(String id, String name, String hullClass, double massKg, double energyCapacity,
        double energyRecharge, double cpu, double powerGrid, Map<String, Integer> slots, double maxSpeed,
        double acceleration, double turnRate, Defense defense) {

    public ShipType {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }
}
