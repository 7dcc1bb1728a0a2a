package org.universo.platformo.observability.internal;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.universo.platformo.api.health.HealthCheck;
import org.universo.platformo.api.health.HealthReport;
import org.universo.platformo.api.health.HealthResult;
import org.universo.platformo.api.health.HealthStatus;

/** Runs every registered health check; the platform is as healthy as its worst check. */
@Component(service = HealthAggregator.class)
public final class HealthAggregator {
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final String version;

    @Activate
    public HealthAggregator(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    HealthAggregator(String version) {
        this.version = version;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    public HealthReport report() {
        Map<String, HealthResult> results = new TreeMap<>();
        HealthStatus worst = HealthStatus.UP;
        for (HealthCheck c : checks) {
            HealthResult r = run(c);
            results.put(c.name(), r);
            if (r.status().compareTo(worst) > 0) {
                worst = r.status();
            }
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return new HealthReport(worst, version, uptime, results);
    }

    private static HealthResult run(HealthCheck c) {
        try {
            HealthResult r = c.check();
            return r == null ? HealthResult.down("check returned nothing") : r;
        } catch (RuntimeException e) {
            return HealthResult.down("check failed: " + e.getClass().getSimpleName());
        }
    }
}
