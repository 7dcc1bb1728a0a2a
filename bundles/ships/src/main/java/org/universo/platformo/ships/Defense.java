package org.universo.platformo.ships;

import java.util.Map;

/**
 * The three defence layers damage goes through, shield first. A resistance is the share of a damage type the layer
 * ignores, 0 to 1, by type ({@code em}, {@code thermal}, {@code kinetic}, {@code explosive}); a missing type is 0.
 */
public record Defense(Layer shield, Layer armor, Layer hull) {

    public record Layer(double hp, Map<String, Double> resist) {
        public Layer {
            resist = resist == null ? Map.of() : Map.copyOf(resist);
        }
    }
}
