package org.universo.platformo.api.health;

/** Ordered from best to worst, so the worst of a set is the maximum. */
public enum HealthStatus {
    UP, DEGRADED, DOWN
}
