package org.universo.mmoomm.types;

import com.fasterxml.jackson.annotation.JsonValue;

/** The side of a station market order. */
public enum OrderType {
    BUY("buy"),
    SELL("sell");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    /** The JSON value. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException for an unknown wire name */
    public static OrderType of(String wire) {
        for (OrderType v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a OrderType: " + wire);
    }
}
