package org.universo.platformo.observability.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.universo.platformo.api.health.HealthCheck;
import org.universo.platformo.api.health.HealthResult;

/**
 * Down until the platform has started: the framework at its beginning start level, every bundle active, every
 * platform component's mandatory references met, and every JAX-RS resource served by the REST application. A client
 * told "up" then finds every route (a route missing while resources still arrive would answer the web server's 404).
 */
@Component(service = HealthCheck.class)
public final class StartupCheck implements HealthCheck {
    private static final String PLATFORM = "org.universo.";
    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final JaxrsServiceRuntime jaxrs;

    @Activate
    public StartupCheck(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.scr = scr;
        this.jaxrs = jaxrs;
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public HealthResult check() {
        List<String> waiting = new ArrayList<>();
        int level = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class).getStartLevel();
        int beginning = beginning();
        if (level < beginning) {
            waiting.add("start level " + level + " of " + beginning);
        }
        for (Bundle b : context.getBundles()) {
            boolean fragment = (b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                waiting.add("bundle " + b.getSymbolicName() + " not active");
            }
        }
        waiting.addAll(unsatisfied());
        waiting.addAll(unserved());
        return waiting.isEmpty() ? HealthResult.up("started")
                : HealthResult.down("starting: " + String.join("; ", waiting.subList(0, Math.min(5, waiting.size())))
                        + (waiting.size() > 5 ? "; " + (waiting.size() - 5) + " more" : ""));
    }

    private int beginning() {
        String s = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        try {
            return s == null ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Platform components waiting for a mandatory service (those waiting for configuration are not listed by SCR). */
    private List<String> unsatisfied() {
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (d.bundle.symbolicName == null || !d.bundle.symbolicName.startsWith(PLATFORM)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    out.add("component " + d.name + (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                            ? " failed to activate" : " waits for " + missing(c)));
                }
            }
        }
        return out;
    }

    private static String missing(ComponentConfigurationDTO c) {
        List<String> names = new ArrayList<>();
        for (var r : c.unsatisfiedReferences) {
            names.add(r.name);
        }
        return String.join(", ", names);
    }

    /** JAX-RS resource services registered but not (yet) part of an application the runtime serves. */
    private List<String> unserved() {
        Set<Long> served = new HashSet<>();
        for (ApplicationDTO app : jaxrs.getRuntimeDTO().applicationDTOs) {
            for (ResourceDTO r : app.resourceDTOs) {
                served.add(r.serviceId);
            }
        }
        ApplicationDTO fallback = jaxrs.getRuntimeDTO().defaultApplication;
        if (fallback != null) {
            for (ResourceDTO r : fallback.resourceDTOs) {
                served.add(r.serviceId);
            }
        }
        List<String> out = new ArrayList<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null,
                    "(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)");
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                if (!served.contains((Long) ref.getProperty(Constants.SERVICE_ID))) {
                    out.add("resource " + ref.getProperty("component.name") + " not served yet");
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
