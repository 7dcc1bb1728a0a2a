package org.universo.platformo.resources.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.resources.Inputs;
import org.universo.platformo.resources.ResourceVersion;
import org.universo.platformo.rest.RestApi;

/** /api/v1/resource-versions: a version with its bill of materials; edit drafts, publish, deprecate. */
@Component(service = VersionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("resource-versions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class VersionResource {
    private final ResourcesComponent c;

    @Activate
    public VersionResource(@Reference ResourcesComponent c) {
        this.c = c;
    }

    @GET
    public ResourceVersion get(@PathParam("id") String id) {
        return c.versions.get(id);
    }

    /** ?choose=group:childVersionId (repeatable) picks alternatives. */
    @GET
    @Path("aggregates")
    public org.universo.platformo.resources.Aggregates aggregates(@PathParam("id") String id,
            @javax.ws.rs.QueryParam("choose") java.util.List<String> choose) {
        java.util.Map<String, String> choices = new java.util.HashMap<>();
        for (String pick : choose) {
            int colon = pick.indexOf(':');
            if (colon < 1 || colon == pick.length() - 1) {
                throw org.universo.platformo.api.error.ApiException.badRequest("choose is group:childVersionId");
            }
            choices.put(pick.substring(0, colon), pick.substring(colon + 1));
        }
        return c.versions.aggregates(id, choices);
    }

    @PATCH
    public ResourceVersion patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.VersionPatch in) {
        return c.versions.patch(Callers.of(s), id, in);
    }

    @POST
    @Path("publish")
    public ResourceVersion publish(@Context SecurityContext s, @PathParam("id") String id) {
        return c.versions.publish(Callers.of(s), id);
    }

    @POST
    @Path("deprecate")
    public ResourceVersion deprecate(@Context SecurityContext s, @PathParam("id") String id) {
        return c.versions.deprecate(Callers.of(s), id);
    }

    @POST
    @Path("bom")
    public ResourceVersion addLine(@Context SecurityContext s, @PathParam("id") String id, Inputs.BomLineCreate in) {
        return c.bom.addLine(Callers.of(s), id, in);
    }

    @DELETE
    @Path("bom/{lineId}")
    public ResourceVersion removeLine(@Context SecurityContext s, @PathParam("id") String id,
            @PathParam("lineId") String lineId) {
        return c.bom.removeLine(Callers.of(s), id, lineId);
    }
}
