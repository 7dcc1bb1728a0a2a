package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.universo.platformo.realtime.protocol.Quant;

/** The movement rules, the interest grid and the pose history on their own. */
class SimulationTest {
    private static final Motion.Limits LIMITS = new Motion.Limits(150, 30, 1.5, 100, 5, 10);

    @Test
    void thrustAcceleratesUpToTheSpeedCapAndInputsAreClamped() {
        Body b = new Body(null, 0, "s", Body.Kind.AVATAR, "u", 4);
        b.energy = 100;
        for (int i = 0; i < 30; i++) {
            Motion.step(b, new Motion.Input(0, 0, 1, 0, 0, 0), LIMITS, 1.0 / 30);
        }
        assertEquals(-30, b.vz, 1e-9, "1 s of full forward thrust: 30 m/s along -Z");
        assertEquals(-15, b.z, 0.6);
        for (int i = 0; i < 30 * 10; i++) {
            Motion.step(b, new Motion.Input(0, 0, 7, 0, 0, 0), LIMITS, 1.0 / 30);
        }
        assertEquals(150, b.speed(), 1e-9, "capped, whatever the input");
        Body turner = new Body(null, 1, "t", Body.Kind.AVATAR, "u", 4);
        Motion.step(turner, new Motion.Input(0, 0, 0, 1, 0, 0), LIMITS, 1);
        assertEquals(1.5, turner.yaw, 1e-9);
        Motion.step(turner, new Motion.Input(0, 0, 0, Double.NaN, 0, 0), LIMITS, 1);
        assertEquals(1.5, turner.yaw, 1e-9, "a NaN input is no input");
    }

    @Test
    void withoutEnergyThereIsNoThrust() {
        Body b = new Body(null, 0, "s", Body.Kind.AVATAR, "u", 4);
        b.energy = 0.01;
        Motion.Limits starving = new Motion.Limits(150, 30, 1.5, 100, 50, 0);
        Motion.step(b, new Motion.Input(0, 0, 1, 0, 0, 0), starving, 0.1);
        assertEquals(0, b.speed(), 1e-12);
    }

    @Test
    void theNoseOfTheShipIsWhereItsRotationPoints() {
        Body b = new Body(null, 0, "s", Body.Kind.AVATAR, "u", 4);
        b.yaw = Math.PI / 2;
        double[] f = Motion.forward(b);
        assertEquals(-1, f[0], 1e-12, "yaw +90° turns the nose from -Z to -X");
        var q = Quant.quat(b.yaw, 0.3, -0.2);
        double[] e = WorldLoader.euler(q.x(), q.y(), q.z(), q.w());
        assertEquals(Math.PI / 2, e[0], 1e-9);
        assertEquals(0.3, e[1], 1e-9);
        assertEquals(-0.2, e[2], 1e-9);
    }

    @Test
    void theGridFindsWhatIsWithinTheRadiusAcrossCells() {
        Grid g = new Grid(100);
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Body b = new Body(null, i, "b" + i, Body.Kind.NPC, null, 4);
            b.x = i * 37 - 900;
            b.y = (i % 7) * 13;
            b.z = -i * 11;
            g.update(b);
            bodies.add(b);
        }
        bodies.get(3).x = 5000;
        g.update(bodies.get(3));
        List<Body> found = new ArrayList<>();
        g.near(0, 0, -300, 250, found);
        long expected = bodies.stream().filter(b -> Math.sqrt(b.x * b.x + b.y * b.y + (b.z + 300) * (b.z + 300)) <= 250)
                .count();
        assertEquals(expected, found.size());
        assertTrue(found.size() > 3);
        g.remove(bodies.get(4));
        found.clear();
        g.near(bodies.get(4).x, bodies.get(4).y, bodies.get(4).z, 1, found);
        assertTrue(found.isEmpty());
    }

    @Test
    void thePoseHistoryInterpolatesAndClampsToWhatItKept() {
        PoseHistory h = new PoseHistory(4);
        for (int t = 0; t < 10; t++) {
            h.record(t, t * 10, 0, 0);
        }
        assertEquals(75, h.at(7.5)[0], 1e-9);
        assertEquals(60, h.at(2)[0], 1e-9, "older than kept: the oldest kept");
        assertEquals(90, h.at(12)[0], 1e-9);
    }
}
