package org.universo.platformo.auth.internal;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** universo_auth_events_total{event, outcome}: sign-ins, refreshes, token checks and revocations. */
@Component(service = AuthMetrics.class)
public final class AuthMetrics {
    private final Counter counter = Counter.builder().name("universo_auth_events_total")
            .help("Authentication outcomes by event and outcome").labelNames("event", "outcome").build();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRegistry(PrometheusRegistry registry) {
        registry.register(counter);
    }

    void unbindRegistry(PrometheusRegistry registry) {
        registry.unregister(counter);
    }

    void event(String event, String outcome) {
        counter.labelValues(event, outcome).inc();
    }
}
