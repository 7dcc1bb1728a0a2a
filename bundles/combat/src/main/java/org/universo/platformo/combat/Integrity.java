package org.universo.platformo.combat;

import java.util.List;
import java.util.Map;

/**
 * The {@code Integrity} component: what is left of each defence layer, its maximum, and its resistances (the share of
 * a damage type it ignores, 0 to 1). Damage goes through the shield, then the armor, then the hull; at hull 0 the
 * entity is destroyed.
 */
public record Integrity(Layer shield, Layer armor, Layer hull) {
    public static final String COMPONENT = "Integrity";
    public static final List<String> DAMAGE_TYPES = List.of("em", "thermal", "kinetic", "explosive");
    public static final List<String> LAYERS = List.of("shield", "armor", "hull");

    public record Layer(double current, double max, Map<String, Double> resist) {
        public Layer {
            resist = resist == null ? Map.of() : Map.copyOf(resist);
        }

        public Layer withCurrent(double c) {
            return new Layer(c, max, resist);
        }
    }

    public Layer layer(String name) {
        return switch (name) {
            case "shield" -> shield;
            case "armor" -> armor;
            default -> hull;
        };
    }

    public boolean destroyed() {
        return hull.current() <= 0;
    }
}
