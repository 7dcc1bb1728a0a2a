package org.universo.platformo.realtime.internal;

/**
 * Keeps what a room computes inside what the entity store accepts: finite numbers and positions within the world
 * bounds of the Vec3 schema. A body that left them (a runaway orbit, a rule returning NaN, a row stored before the
 * bounds existed) is put back at its last sane position and stopped, rather than poisoning the world's write-back.
 */
final class Sanity {
    /** The Vec3 schema's bound per axis, metres. */
    static final double WORLD = 1e8;

    private Sanity() {
    }

    /** @return whether the body had to be corrected */
    static boolean keep(Body b) {
        boolean fixed = false;
        if (!Double.isFinite(b.x) || !Double.isFinite(b.y) || !Double.isFinite(b.z)) {
            double[] last = b.history.at(Double.MAX_VALUE);
            boolean lastSane = last != null && finite(last[0], last[1], last[2]);
            b.x = lastSane ? last[0] : 0;
            b.y = lastSane ? last[1] : 0;
            b.z = lastSane ? last[2] : 0;
            stop(b);
            fixed = true;
        }
        if (Math.abs(b.x) > WORLD || Math.abs(b.y) > WORLD || Math.abs(b.z) > WORLD) {
            b.x = clamp(b.x);
            b.y = clamp(b.y);
            b.z = clamp(b.z);
            stop(b);
            fixed = true;
        }
        if (!finite(b.vx, b.vy, b.vz) || Math.abs(b.vx) > WORLD || Math.abs(b.vy) > WORLD || Math.abs(b.vz) > WORLD) {
            stop(b);
            fixed = true;
        }
        if (!finite(b.yaw, b.pitch, b.roll)) {
            b.yaw = Double.isFinite(b.yaw) ? b.yaw : 0;
            b.pitch = Double.isFinite(b.pitch) ? b.pitch : 0;
            b.roll = Double.isFinite(b.roll) ? b.roll : 0;
            fixed = true;
        }
        if (!finite(b.energy, b.sx, b.sy) || !Double.isFinite(b.sz) || !Double.isFinite(b.health)) {
            b.energy = Double.isFinite(b.energy) ? b.energy : 0;
            b.sx = Double.isFinite(b.sx) ? b.sx : 1;
            b.sy = Double.isFinite(b.sy) ? b.sy : 1;
            b.sz = Double.isFinite(b.sz) ? b.sz : 1;
            b.health = Double.isFinite(b.health) ? b.health : 0;
            fixed = true;
        }
        return fixed;
    }

    /** Whether an orbit keeps its body inside the bounds: its centre plus radius and bob, all finite. */
    static boolean sane(Orbit o) {
        return finite(o.cx(), o.cy(), o.cz()) && finite(o.radius(), o.omega(), o.phase()) && finite(o.bob(), o.bobPeriod(), 0)
                && Math.abs(o.cx()) + o.radius() <= WORLD && Math.abs(o.cz()) + o.radius() <= WORLD
                && Math.abs(o.cy()) + o.bob() <= WORLD;
    }

    private static void stop(Body b) {
        b.vx = 0;
        b.vy = 0;
        b.vz = 0;
    }

    private static double clamp(double v) {
        return Math.max(-WORLD, Math.min(WORLD, v));
    }

    private static boolean finite(double a, double b, double c) {
        return Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c);
    }
}
