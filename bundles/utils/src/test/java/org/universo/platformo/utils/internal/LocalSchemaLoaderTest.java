package org.universo.platformo.utils.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocalSchemaLoaderTest {

    @Test
    void normalizesDotSegments() {
        assertEquals("common/V.json", LocalSchemaLoader.normalize("ecs/../common/./V.json"));
        assertEquals("a/b.json", LocalSchemaLoader.normalize("/a//b.json#/defs/x"));
        assertEquals("a/b.json", LocalSchemaLoader.normalize("a/b.json?x=1"));
    }

    @Test
    void refusesPathsLeavingTheFolder() {
        assertNull(LocalSchemaLoader.normalize("../x.json"));
        assertNull(LocalSchemaLoader.normalize("a/../../x.json"));
        assertNull(LocalSchemaLoader.normalize("a\\..\\x.json"));
        assertNull(LocalSchemaLoader.normalize(""));
        assertNull(LocalSchemaLoader.normalize("./"));
    }
}
