package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SanityTest {
    @Test
    void aBodyTurnedNaNGoesBackToItsLastPositionAndStops() {
        Body b = new Body(null, 1, "e", Body.Kind.AVATAR, "u", 4);
        b.x = 10;
        b.y = 20;
        b.z = 30;
        b.history.record(1, b.x, b.y, b.z);
        assertFalse(Sanity.keep(b), "a sane body is left alone");
        b.vx = Double.POSITIVE_INFINITY;
        b.x += b.vx;
        b.y = Double.NaN;
        b.yaw = Double.NaN;
        assertTrue(Sanity.keep(b));
        assertArrayEquals(new double[] {10, 20, 30, 0, 0, 0, 0}, new double[] {b.x, b.y, b.z, b.vx, b.vy, b.vz, b.yaw});
    }

    @Test
    void aBodyBeyondTheWorldIsClampedToItsEdge() {
        Body b = new Body(null, 1, "e", Body.Kind.AVATAR, "u", 4);
        b.x = 2e8;
        b.z = -1e300;
        b.vx = 5;
        assertTrue(Sanity.keep(b));
        assertArrayEquals(new double[] {1e8, 0, -1e8, 0}, new double[] {b.x, b.y, b.z, b.vx});
    }

    @Test
    void anOrbitIsSaneOnlyWhenItStaysInsideTheWorld() {
        assertTrue(Sanity.sane(new Orbit(0, 0, 0, 300, 0.5, 0, 2, 10)));
        assertFalse(Sanity.sane(new Orbit(9.9e7, 0, 0, 2e6, 0.5, 0, 0, 0)));
        assertFalse(Sanity.sane(new Orbit(0, 0, 0, Double.NaN, 0.5, 0, 0, 0)));
        assertFalse(Sanity.sane(new Orbit(0, 1e8, 0, 1, 0.5, 0, 1, 1)));
    }
}
