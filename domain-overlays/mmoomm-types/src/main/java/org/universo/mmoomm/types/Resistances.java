package org.universo.mmoomm.types;

import java.util.Map;

/** The share of each damage type a defence layer ignores, 0 to 1. */
public record Resistances(double em, double thermal, double kinetic, double explosive) {
    public Resistances {
        for (double r : new double[] {em, thermal, kinetic, explosive}) {
            if (!(r >= 0 && r <= 1)) {
                throw new IllegalArgumentException("resistances are between 0 and 1: " + r);
            }
        }
    }

    /** The map the combat domain reads, keyed by {@link DamageType#wire()}. */
    public Map<String, Double> asMap() {
        return Map.of("em", em, "thermal", thermal, "kinetic", kinetic, "explosive", explosive);
    }
}
