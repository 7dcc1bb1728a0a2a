package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnownArtifactsTest {

    @Test
    void remembersUntilTheTimeLimit() throws InterruptedException {
        KnownArtifacts known = new KnownArtifacts(10, 50);
        assertFalse(known.known("a"));
        known.remember("a");
        assertTrue(known.known("a"));
        Thread.sleep(80);
        assertFalse(known.known("a"), "a hash seen longer ago than the limit is checked again");
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondCapacity() {
        KnownArtifacts known = new KnownArtifacts(2, 60_000);
        known.remember("a");
        known.remember("b");
        assertTrue(known.known("a"));
        known.remember("c");
        assertTrue(known.known("a"));
        assertFalse(known.known("b"));
        assertTrue(known.known("c"));
    }
}
