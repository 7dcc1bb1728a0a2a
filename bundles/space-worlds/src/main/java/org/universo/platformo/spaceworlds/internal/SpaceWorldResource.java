package org.universo.platformo.spaceworlds.internal;

import javax.ws.rs.Consumes;
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
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.spaceworlds.Materialized;
import org.universo.platformo.spaceworlds.SpaceWorlds;
import org.universo.platformo.spaceworlds.WorldOpen;

/**
 * /api/v1/space-worlds/{spaceId}: the creator opens a version (or the draft) of their space as its world, to try it
 * in a room before publishing; publishing does the same for the version it serves.
 */
@Component(service = SpaceWorldResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("space-worlds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SpaceWorldResource {
    private final SpaceWorlds worlds;

    @Activate
    public SpaceWorldResource(@Reference SpaceWorlds worlds) {
        this.worlds = worlds;
    }

    @POST
    @Path("{spaceId}")
    public Materialized open(@Context SecurityContext s, @PathParam("spaceId") String spaceId, WorldOpen in) {
        AuthPrincipal user = Callers.of(s);
        int version = in == null || in.version() == null ? 0 : in.version();
        return worlds.materialize(user.userId(), spaceId, version);
    }
}
