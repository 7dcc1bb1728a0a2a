package org.universo.platformo.observability.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.api.health.HealthReport;
import org.universo.platformo.api.health.HealthResult;

/** Karaf shell command {@code universo:health}: the same report as /api/v1/health, as a table. */
@Component(service = HealthCommand.class, property = {
    "osgi.command.scope=universo",
    "osgi.command.function=health"
})
public final class HealthCommand {
    private final HealthAggregator health;

    @Activate
    public HealthCommand(@Reference HealthAggregator health) {
        this.health = health;
    }

    /** Prints overall status, version, uptime and one line per check. */
    public String health() {
        HealthReport r = health.report();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Status  : %s%nVersion : %s%nUptime  : %d s%n", r.status(), r.version(),
                r.uptimeSeconds()));
        sb.append(String.format("%-16s %-9s %s%n", "CHECK", "STATUS", "DETAIL"));
        for (Map.Entry<String, HealthResult> e : r.checks().entrySet()) {
            HealthResult h = e.getValue();
            sb.append(String.format("%-16s %-9s %s%n", e.getKey(), h.status(), h.detail() == null ? "" : h.detail()));
        }
        return sb.toString();
    }
}
