package org.universo.mmoomm.types;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a weapon slot mounts: turrets (energy and projectile guns), launchers (missiles), mining lasers. */
public enum HardpointType {
    TURRET("turret"),
    LAUNCHER("launcher"),
    MINING("mining");

    private final String wire;

    HardpointType(String wire) {
        this.wire = wire;
    }

    /** The JSON value. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException for an unknown wire name */
    public static HardpointType of(String wire) {
        for (HardpointType v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a HardpointType: " + wire);
    }
}
