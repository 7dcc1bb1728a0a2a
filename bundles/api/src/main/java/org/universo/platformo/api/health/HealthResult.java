package org.universo.platformo.api.health;

import org.universo.platformo.api.schema.JsonSchemaRef;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of one check, with a short human-readable detail (never secrets or stack traces). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSchemaRef("health/HealthResult.schema.json")
public record HealthResult(HealthStatus status, String detail) {
    public HealthResult {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
    }

    public static HealthResult up(String detail) {
        return new HealthResult(HealthStatus.UP, detail);
    }

    public static HealthResult down(String detail) {
        return new HealthResult(HealthStatus.DOWN, detail);
    }
}
