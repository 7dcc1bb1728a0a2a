package org.universo.platformo.combat;

import java.util.List;

/**
 * What one shot did: the range factor (1 inside optimal range, falling to 0 at optimal + falloff), the damage each
 * layer took by type, after resistances, the target's integrity afterwards and whether this shot destroyed it.
 */
public record Hit(String weaponId, double distance, double rangeFactor, List<Applied> applied, double total,
        Integrity after, boolean destroyed) {

    public record Applied(String damageType, String layer, double damage) {
    }
}
