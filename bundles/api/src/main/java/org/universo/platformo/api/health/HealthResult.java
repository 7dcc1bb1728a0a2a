package org.universo.platformo.api.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of one check, with a short human-readable detail (never secrets or stack traces). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthResult(HealthStatus status, String detail) {
    public static HealthResult up(String detail) {
        return new HealthResult(HealthStatus.UP, detail);
    }

    public static HealthResult down(String detail) {
        return new HealthResult(HealthStatus.DOWN, detail);
    }
}
