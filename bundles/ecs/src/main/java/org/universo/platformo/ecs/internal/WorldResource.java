package org.universo.platformo.ecs.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/worlds: worlds with their owner and visibility. Entities are put into a world its editors made first; a
 * world the caller has no role in answers 404.
 */
@Component(service = WorldResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("worlds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WorldResource {
    private final EcsComponent ecs;

    @Activate
    public WorldResource(@Reference EcsComponent ecs) {
        this.ecs = ecs;
    }

    /** The worlds the caller owns, newest first. */
    @GET
    public List<World> list(@Context SecurityContext s, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return ecs.worlds.mine(Callers.of(s), offset, limit);
    }

    @POST
    public Response create(@Context SecurityContext s, Inputs.WorldCreate in) {
        return Response.status(201).entity(ecs.worlds.create(Callers.of(s), in)).build();
    }

    /** The world with the caller's role in it. */
    @GET
    @Path("{id}")
    public World get(@Context SecurityContext s, @PathParam("id") String id) {
        return ecs.worlds.seen(Callers.of(s), id, WorldRole.PLAYER);
    }

    @PATCH
    @Path("{id}")
    public World patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.WorldPatch in) {
        return ecs.worlds.patch(Callers.of(s), id, in);
    }

    /** Deletes the world and every entity in it. */
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext s, @PathParam("id") String id) {
        ecs.worlds.delete(Callers.of(s), id);
        return Response.noContent().build();
    }
}
