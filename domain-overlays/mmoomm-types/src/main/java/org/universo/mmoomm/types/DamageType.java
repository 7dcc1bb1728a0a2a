package org.universo.mmoomm.types;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four damage types of weapons and resistances. */
public enum DamageType {
    EM("em"),
    THERMAL("thermal"),
    KINETIC("kinetic"),
    EXPLOSIVE("explosive");

    private final String wire;

    DamageType(String wire) {
        this.wire = wire;
    }

    /** The JSON value. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException for an unknown wire name */
    public static DamageType of(String wire) {
        for (DamageType v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a DamageType: " + wire);
    }
}
