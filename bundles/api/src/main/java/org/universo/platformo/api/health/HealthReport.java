package org.universo.platformo.api.health;

import org.universo.platformo.api.schema.JsonSchemaRef;

import java.util.Map;

/** The platform's overall health: the worst status of its checks, and each check's result. */
@JsonSchemaRef("health/HealthReport.schema.json")
public record HealthReport(HealthStatus status, String version, long uptimeSeconds, Map<String, HealthResult> checks) {
    public HealthReport {
        if (status == null || version == null || checks == null || uptimeSeconds < 0) {
            throw new IllegalArgumentException("status, version, uptimeSeconds >= 0 and checks are required");
        }
        checks = Map.copyOf(checks);
    }
}
