package org.universo.platformo.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsetFilterTest {

    @Test
    void findsTheCharsetParameterAndKnowsOnlyRealOnes() {
        assertEquals("utf-8", CharsetFilter.charset("application/json; charset=utf-8"));
        assertEquals("UTF-8", CharsetFilter.charset("application/json;CHARSET=\"UTF-8\""));
        assertEquals("}|=@P-rm", CharsetFilter.charset("application/json; charset=}|=@P-rm"));
        assertNull(CharsetFilter.charset("application/json"));
        assertTrue(CharsetFilter.known("utf-8"));
        assertTrue(CharsetFilter.known("ISO-8859-1"));
        assertFalse(CharsetFilter.known("x"));
        assertFalse(CharsetFilter.known("}|=@P-rm"));
        assertFalse(CharsetFilter.known(".."));
        assertFalse(CharsetFilter.known(""));
    }
}
