package org.universo.platformo.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.rest.RestApi;

/**
 * The OpenAPI 3.1 document of every route currently registered on the platform application, rebuilt from
 * the live resource services, so a bundle's routes appear and disappear with the bundle.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("openapi.json")
public final class OpenApiResource {
    private final Map<Long, Class<?>> resources = new ConcurrentHashMap<>();
    private final ServiceTracker<Object, Object> tracker;

    /**
     * Resources are registered under their own class names, so they are tracked by property, not by type
     * (a DS reference to Object would only match services registered as Object).
     */
    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter("(osgi.jaxrs.resource=true)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Class<?> type = resourceClass(ref);
                if (type != null) {
                    resources.put((Long) ref.getProperty(Constants.SERVICE_ID), type);
                }
                return type;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object type) {
                resources.remove((Long) ref.getProperty(Constants.SERVICE_ID));
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document() {
        return new OpenApiBuilder().build(resources.values());
    }

    /** The resource's class, loaded from its own bundle by the service's object class name. */
    private static Class<?> resourceClass(ServiceReference<Object> ref) {
        Object selected = ref.getProperty("osgi.jaxrs.application.select");
        if (selected == null || !String.valueOf(selected).contains(RestApi.APP_NAME)) {
            return null;
        }
        String[] names = (String[]) ref.getProperty(Constants.OBJECTCLASS);
        for (String name : names) {
            try {
                Class<?> c = ref.getBundle().loadClass(name);
                if (c.isAnnotationPresent(Path.class)) {
                    return c;
                }
            } catch (ClassNotFoundException | IllegalStateException e) {
                // bundle going away or class not visible: the resource is not documented
            }
        }
        return null;
    }
}
