package org.universo.mmoomm.trading;

import java.time.Instant;
import java.util.List;

/**
 * A market order as the owner sees it. Status: {@code pending} (escrow under way), {@code open}, {@code filled},
 * {@code cancelled} (what remained is refunded), {@code rejected} (the escrow failed, {@code reason} says why).
 * {@code replayed}: this answers a retry of the same idempotency key.
 */
public record Order(String id, String stationId, String type, String material, long quantity, long remaining,
        long priceInmo, String inmoAccountId, String goodsAccountId, String status, String reason, Instant createdAt,
        List<Fill> fills, boolean replayed) {

    /** A trade between a buy and a sell at the resting order's price; settled once both sides were paid. */
    public record Fill(String id, String buyOrderId, String sellOrderId, long quantity, long priceInmo,
            boolean settled, Instant createdAt) {
    }

    /** An open order of a station's book, without its owner. */
    public record Level(String id, String type, long remaining, long priceInmo, Instant createdAt) {
    }
}
