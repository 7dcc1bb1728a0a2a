package org.universo.platformo.observability.internal;

import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Owns the platform's metric registry (not the library's global default, so a restart of this bundle starts
 * clean) and publishes it as a service for every bundle that records metrics.
 */
@Component(immediate = true)
public final class MetricsRegistryComponent {
    private final ServiceRegistration<PrometheusRegistry> registration;

    @Activate
    public MetricsRegistryComponent(BundleContext context) {
        PrometheusRegistry registry = new PrometheusRegistry();
        JvmMetrics.builder().register(registry);
        this.registration = context.registerService(PrometheusRegistry.class, registry, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
