package org.universo.mmoomm.types;

/**
 * {@link MmoommTopics#TRADING_ORDER_FILLED}: a trade between a buy and a sell order at a station, settled through the
 * ledger; sent to both owners. Quantity in kg, price (the resting order's) in Inmo minor units per kg.
 */
public record TradeFillPayload(String fillId, String stationId, String materialId, String buyOrderId,
        String sellOrderId, double quantityKg, long priceInmo) {
}
