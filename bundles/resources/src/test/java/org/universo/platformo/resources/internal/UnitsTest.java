package org.universo.platformo.resources.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.resources.Unit;

class UnitsTest {
    private final Units units = new Units(List.of(new Unit("kg", "kilogram", "mass", 1), new Unit("t", "tonne", "mass", 1000),
            new Unit("g", "gram", "mass", 0.001), new Unit("m3", "cubic metre", "volume", 1)));

    @Test
    void convertsThroughTheBaseUnit() {
        assertEquals(2500, units.convert(2.5, "t", "kg").result(), 1e-9);
        assertEquals(0.0025, units.convert(2500, "g", "t").result(), 1e-12);
        assertEquals("mass", units.convert(1, "kg", "kg").dimension());
    }

    @Test
    void refusesOtherDimensionsAndUnknownUnitsWithThePointer() {
        ApiException across = assertThrows(ApiException.class, () -> units.convert(1, "kg", "m3"));
        assertEquals(ErrorCode.VALIDATION_FAILED, across.code());
        assertTrue(across.getMessage().contains("mass") && across.getMessage().contains("volume"), across.getMessage());
        ApiException unknown = assertThrows(ApiException.class, () -> units.convert(1, "lb", "kg"));
        assertTrue(unknown.details().toString().contains("/from"), unknown.details().toString());
        assertThrows(ApiException.class, () -> units.convert(Double.NaN, "kg", "t"));
    }
}
