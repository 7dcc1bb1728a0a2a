package org.universo.platformo.publish.internal;

import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.publish.Inputs;
import org.universo.platformo.rest.RestApi;

/** /api/v1/apps/{slug}/leads: what published apps send without signing in (the quiz's lead form). */
@Component(service = AppLeadResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("apps/{slug}/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AppLeadResource {
    private final PublishComponent c;

    @Activate
    public AppLeadResource(@Reference PublishComponent c) {
        this.c = c;
    }

    @POST
    @PermitAll
    public Response submit(@PathParam("slug") String slug, @Context HttpServletRequest request, Inputs.LeadSubmit in) {
        c.leads.submit(slug, request.getRemoteAddr(), in);
        return Response.status(202).entity(Map.of("received", true)).build();
    }
}
