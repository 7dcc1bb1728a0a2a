package org.universo.platformo.api.health;

import java.util.Map;

/** The platform's overall health: the worst status of its checks, and each check's result. */
public record HealthReport(HealthStatus status, String version, long uptimeSeconds, Map<String, HealthResult> checks) {
    public HealthReport {
        checks = Map.copyOf(checks);
    }
}
