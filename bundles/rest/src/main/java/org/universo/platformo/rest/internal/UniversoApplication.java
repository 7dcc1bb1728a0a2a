package org.universo.platformo.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.universo.platformo.rest.RestApi;

/**
 * The platform's own JAX-RS application at /api/v1. Resources opt in by selecting it, so the platform's
 * filters and mappers never apply to some other bundle's application on the same whiteboard.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("api/v1")
@JaxrsName(RestApi.APP_NAME)
public final class UniversoApplication extends Application {
}
