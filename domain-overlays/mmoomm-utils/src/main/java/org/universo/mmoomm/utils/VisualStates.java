package org.universo.mmoomm.utils;

import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.platformo.combat.Integrity;

/**
 * The Visual component follows Integrity by thresholds, so every client draws the same wreck: {@code destroyed} at
 * hull 0, {@code critical} under 30 % hull, {@code damaged} once the hull or half the armor is gone, {@code
 * shields-down} without shields, else {@code intact}.
 */
public final class VisualStates {
    public static final double CRITICAL_HULL = 0.3;
    public static final double DAMAGED_ARMOR = 0.5;

    private VisualStates() {
    }

    public static String state(Integrity i) {
        double hull = share(i.hull());
        if (i.destroyed()) {
            return "destroyed";
        }
        if (hull < CRITICAL_HULL) {
            return "critical";
        }
        if (hull < 1 || share(i.armor()) < DAMAGED_ARMOR) {
            return "damaged";
        }
        return i.shield().max() > 0 && i.shield().current() <= 0 ? "shields-down" : "intact";
    }

    /** The Visual document with its state following {@code i}; other fields are kept. */
    public static Map<String, Object> visual(Map<String, Object> visual, Integrity i) {
        Map<String, Object> v = new LinkedHashMap<>(visual);
        v.put("state", state(i));
        return v;
    }

    private static double share(Integrity.Layer l) {
        return l.max() <= 0 ? 1 : l.current() / l.max();
    }
}
