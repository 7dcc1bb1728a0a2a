package org.universo.mmoomm.trading;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** See {@code trading/PlaceOrder.schema.json}: quantity in kg, price in Inmo minor units per kg. */
@JsonSchemaRef("trading/PlaceOrder.schema.json")
public record PlaceOrder(String stationId, String type, String material, long quantity, long priceInmo,
        String inmoAccountId, String goodsAccountId) {
}
