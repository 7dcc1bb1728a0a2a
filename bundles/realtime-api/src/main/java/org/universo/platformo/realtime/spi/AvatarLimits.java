package org.universo.platformo.realtime.spi;

/** The movement limits of an avatar (metres, seconds, radians; energy per second). */
public record AvatarLimits(double maxSpeed, double acceleration, double turnRate, double energy, double drain,
        double regen) {
}
