package org.universo.platformo.rest.internal;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Request counts and durations by route template (never the raw path, which would explode label
 * cardinality), method and status; registered in the platform registry whenever one is present.
 */
@Component(service = RequestMetrics.class)
public final class RequestMetrics {
    private final Counter requests = Counter.builder().name("universo_http_requests_total")
            .help("HTTP requests to /api/v1 by route, method and status")
            .labelNames("route", "method", "status").build();
    private final Histogram duration = Histogram.builder().name("universo_http_request_duration_seconds")
            .help("Time to answer /api/v1 requests").labelNames("route", "method").build();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRegistry(PrometheusRegistry registry) {
        registry.register(requests);
        registry.register(duration);
    }

    void unbindRegistry(PrometheusRegistry registry) {
        registry.unregister(requests);
        registry.unregister(duration);
    }

    void record(String route, String method, int status, long nanos) {
        requests.labelValues(route, method, Integer.toString(status)).inc();
        duration.labelValues(route, method).observe(nanos / 1e9);
    }
}
