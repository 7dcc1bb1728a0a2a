package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a station pays for a hold: each material's value, or the creator's price per tonne for any ore. */
class StationSalesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStationPaysEachMaterialsValueUnlessTheCreatorSetAPricePerTonne() throws Exception {
        JsonNode hold = JSON.readTree("{\"capacityM3\":40,\"usedM3\":1,\"items\":{\"mmoomm.iron\":1000,"
                + "\"mmoomm.gold\":2.5,\"mmoomm.ice\":0}}");
        StationSales.Sale byValue = StationSales.price(JSON.readTree("{\"rangeM\":50}"), hold, "k1", "s1");
        assertEquals(12_000 + 14_500, byValue.inmo(), "Inmo minor units");
        assertEquals(1002.5, byValue.massKg(), 1e-9);
        StationSales.Sale priced = StationSales.price(JSON.readTree("{\"rangeM\":50,\"pricePerTon\":10}"), hold,
                "k2", "s1");
        assertEquals(1002, priced.inmo(), "10 Inmo a tonne, in minor units, rounded down");
        assertNull(StationSales.price(JSON.readTree("{}"), JSON.readTree("{\"items\":{\"mmoomm.iron\":0}}"), "k3",
                "s1"), "an empty hold sells nothing");
    }
}
