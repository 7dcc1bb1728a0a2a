package org.universo.mmoomm.types;

import com.fasterxml.jackson.annotation.JsonValue;

/** Currencies of MMOOMM wallets: Inmo (the station trade currency, 2 decimals) and credits (whole units). */
public enum WalletCurrency {
    INMO("INMO"),
    CRD("CRD");

    private final String wire;

    WalletCurrency(String wire) {
        this.wire = wire;
    }

    /** The JSON value. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException for an unknown wire name */
    public static WalletCurrency of(String wire) {
        for (WalletCurrency v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a WalletCurrency: " + wire);
    }
}
