package org.universo.platformo.realtime.internal;

/**
 * Scripted motion of an NPC: a horizontal circle around a centre with a vertical oscillation, from the {@code Orbit}
 * component (centre, radius m, angular speed rad/s, phase rad, bob amplitude m, bob period s).
 */
record Orbit(double cx, double cy, double cz, double radius, double omega, double phase, double bob, double bobPeriod) {

    void place(Body b, double t) {
        double a = phase + omega * t;
        double w = bobPeriod > 0 ? 2 * Math.PI / bobPeriod : 0;
        b.x = cx + radius * Math.cos(a);
        b.z = cz + radius * Math.sin(a);
        b.y = cy + bob * Math.sin(w * t + phase);
        b.vx = -radius * omega * Math.sin(a);
        b.vz = radius * omega * Math.cos(a);
        b.vy = bob * w * Math.cos(w * t + phase);
        // Facing along the velocity, with forward being -Z: yaw = atan2(-vx, -vz).
        b.yaw = Math.atan2(-b.vx, -b.vz);
    }
}
