package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Canonical canonical = new Canonical(mapper);

    @Test
    void keyOrderDoesNotChangeTheHashButValuesAndArrayOrderDo() throws Exception {
        String a = canonical.sha256(mapper.readTree("{\"b\":1,\"a\":{\"y\":[1,2],\"x\":\"s\"}}"));
        assertEquals(a, canonical.sha256(mapper.readTree("{\"a\":{\"x\":\"s\",\"y\":[1,2]},\"b\":1}")));
        assertNotEquals(a, canonical.sha256(mapper.readTree("{\"a\":{\"x\":\"s\",\"y\":[2,1]},\"b\":1}")));
        assertNotEquals(a, canonical.sha256(mapper.readTree("{\"a\":{\"x\":\"t\",\"y\":[1,2]},\"b\":1}")));
        assertEquals(64, a.length());
    }
}
