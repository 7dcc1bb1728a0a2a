package org.universo.mmoomm.types;

import com.fasterxml.jackson.annotation.JsonValue;

/** The slot types of MMOOMM hulls: weapon hardpoints, utility (shields, afterburners), engineering (armor, capacitor), cargo. */
public enum ModuleSlotType {
    WEAPON("weapon"),
    UTILITY("utility"),
    ENGINEERING("engineering"),
    CARGO("cargo");

    private final String wire;

    ModuleSlotType(String wire) {
        this.wire = wire;
    }

    /** The JSON value. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException for an unknown wire name */
    public static ModuleSlotType of(String wire) {
        for (ModuleSlotType v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a ModuleSlotType: " + wire);
    }
}
