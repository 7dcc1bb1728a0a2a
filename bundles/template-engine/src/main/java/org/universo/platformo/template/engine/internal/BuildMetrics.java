package org.universo.platformo.template.engine.internal;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * universo_builds_total{template, outcome} (succeeded, failed, cancelled, reused), universo_build_seconds{template}
 * for builds that generated, and universo_builds_running on this node.
 */
@Component(service = BuildMetrics.class)
public final class BuildMetrics {
    private final Counter builds = Counter.builder().name("universo_builds_total")
            .help("Finished builds by template and outcome").labelNames("template", "outcome").build();
    private final Histogram seconds = Histogram.builder().name("universo_build_seconds")
            .help("Duration of builds that generated an app").labelNames("template")
            .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60).build();
    private final Gauge running = Gauge.builder().name("universo_builds_running")
            .help("Builds running on this node").build();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRegistry(PrometheusRegistry registry) {
        registry.register(builds);
        registry.register(seconds);
        registry.register(running);
    }

    void unbindRegistry(PrometheusRegistry registry) {
        registry.unregister(builds);
        registry.unregister(seconds);
        registry.unregister(running);
    }

    void finished(String template, String outcome) {
        builds.labelValues(template, outcome).inc();
    }

    void generated(String template, long nanos) {
        seconds.labelValues(template).observe(nanos / 1e9);
    }

    void running(int count) {
        running.set(count);
    }
}
