package org.universo.mmoomm.utils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.universo.mmoomm.types.DamageType;
import org.universo.mmoomm.types.ModuleSlotType;
import org.universo.platformo.ships.Defense;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;

/**
 * What MMOOMM content must satisfy beyond the platform's shapes: known slot and damage types, positive cooldowns and
 * ranges, a weapon that does damage, resistances between 0 and 1. Returns every problem found, empty when valid.
 */
public final class CatalogInvariants {
    private CatalogInvariants() {
    }

    public static List<String> check(ShipType s) {
        List<String> out = new ArrayList<>();
        s.slots().keySet().forEach(slot -> slotType(s.id(), slot, out));
        if (s.maxSpeed() <= 0 || s.acceleration() <= 0 || s.turnRate() <= 0) {
            out.add(s.id() + ": speed, acceleration and turn rate must be above 0");
        }
        if (s.cpu() <= 0 || s.powerGrid() <= 0 || s.energyCapacity() <= 0 || s.massKg() <= 0) {
            out.add(s.id() + ": CPU, power grid, energy and mass must be above 0");
        }
        Defense d = s.defense();
        if (d == null || d.hull() == null || d.hull().hp() <= 0) {
            out.add(s.id() + ": a hull with hit points is required");
        } else {
            for (Defense.Layer l : new Defense.Layer[] {d.shield(), d.armor(), d.hull()}) {
                if (l != null) {
                    resistances(s.id(), l.resist(), out);
                }
            }
        }
        return out;
    }

    public static List<String> check(ModuleType m) {
        List<String> out = new ArrayList<>();
        slotType(m.id(), m.slot(), out);
        if (m.cpu() < 0 || m.power() < 0) {
            out.add(m.id() + ": CPU and power costs cannot be negative");
        }
        ModuleType.Weapon w = m.weapon();
        if (w != null) {
            if (w.cooldownMs() <= 0 || w.energyPerShot() < 0 || w.optimalRange() <= 0 || w.falloff() < 0) {
                out.add(m.id() + ": a weapon needs a cooldown and optimal range above 0, energy and falloff from 0");
            }
            w.damage().forEach((type, amount) -> {
                damageType(m.id(), type, out);
                if (amount < 0) {
                    out.add(m.id() + ": negative " + type + " damage");
                }
            });
            if (w.damage().values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                out.add(m.id() + ": a weapon must do some damage");
            }
        }
        return out;
    }

    private static void resistances(String id, Map<String, Double> resist, List<String> out) {
        resist.forEach((type, r) -> {
            damageType(id, type, out);
            if (!(r >= 0 && r <= 1)) {
                out.add(id + ": resistance to " + type + " must be 0 to 1, not " + r);
            }
        });
    }

    private static void slotType(String id, String slot, List<String> out) {
        try {
            ModuleSlotType.of(slot);
        } catch (IllegalArgumentException e) {
            out.add(id + ": unknown slot type " + slot);
        }
    }

    private static void damageType(String id, String type, List<String> out) {
        try {
            DamageType.of(type);
        } catch (IllegalArgumentException e) {
            out.add(id + ": unknown damage type " + type);
        }
    }
}
