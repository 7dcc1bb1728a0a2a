package org.universo.platformo.observability.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.universo.platformo.api.health.HealthCheck;
import org.universo.platformo.api.health.HealthReport;
import org.universo.platformo.api.health.HealthResult;
import org.universo.platformo.api.health.HealthStatus;

class HealthAggregatorTest {
    private final HealthAggregator health = new HealthAggregator("1.2.3");

    @Test
    void noChecksMeansUp() {
        HealthReport r = health.report();
        assertEquals(HealthStatus.UP, r.status());
        assertEquals("1.2.3", r.version());
        assertTrue(r.checks().isEmpty());
    }

    @Test
    void theWorstCheckDecidesAndAFailingCheckIsDown() {
        health.addCheck(check("database", new HealthResult(HealthStatus.UP, "postgresql")));
        health.addCheck(check("cache", new HealthResult(HealthStatus.DEGRADED, "slow")));
        assertEquals(HealthStatus.DEGRADED, health.report().status());
        HealthCheck broken = new HealthCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public HealthResult check() {
                throw new IllegalStateException("secret connection string");
            }
        };
        health.addCheck(broken);
        HealthReport r = health.report();
        assertEquals(HealthStatus.DOWN, r.status());
        assertEquals("check failed: IllegalStateException", r.checks().get("broken").detail(), "no internals leak");
        health.removeCheck(broken);
        assertEquals(HealthStatus.DEGRADED, health.report().status());
    }

    private static HealthCheck check(String name, HealthResult result) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthResult check() {
                return result;
            }
        };
    }
}
