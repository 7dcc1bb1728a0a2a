package org.universo.mmoomm.types;

/**
 * {@link MmoommTopics#STATION_SOLD}: a station bought a ship's hold; {@code inmo} is what the ledger credited (Inmo
 * minor units), {@code balanceInmo} the account's balance after it.
 */
public record StationSalePayload(String shipId, String stationId, double massKg, long inmo, String accountId,
        long balanceInmo) {
}
