package org.universo.mmoomm.types;

/**
 * {@link MmoommTopics#TRADING_ORDER_PLACED} and {@link MmoommTopics#TRADING_ORDER_CANCELLED}: a station market order,
 * its quantity in kg and price in Inmo minor units per kg.
 */
public record TradeOrderPayload(String orderId, String stationId, OrderType type, String materialId, double quantityKg,
        long priceInmo) {
}
