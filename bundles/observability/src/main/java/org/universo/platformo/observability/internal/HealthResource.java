package org.universo.platformo.observability.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.health.HealthReport;
import org.universo.platformo.api.health.HealthStatus;
import org.universo.platformo.rest.RestApi;

/** GET /api/v1/health: public, 200 while the platform can serve, 503 when a check is down. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("health")
public final class HealthResource {
    private final HealthAggregator health;

    @Activate
    public HealthResource(@Reference HealthAggregator health) {
        this.health = health;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        HealthReport report = health.report();
        int status = report.status() == HealthStatus.DOWN ? 503 : 200;
        return Response.status(status).entity(report).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
