package org.universo.platformo.realtime.spi;

/** What a ray struck: the body, how far along the ray, and how far back in time its position was taken. */
public record RayHit(RoomBody body, double distance, long rewindMs) {
}
