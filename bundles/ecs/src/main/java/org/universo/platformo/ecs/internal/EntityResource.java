package org.universo.platformo.ecs.internal;

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
import org.universo.platformo.ecs.EntityPage;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.Instantiated;
import org.universo.platformo.ecs.TreeNode;
import org.universo.platformo.rest.RestApi;

/** /api/v1/entities: the caller's entities, their components and relations; trees from resource versions. */
@Component(service = EntityResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EntityResource {
    private final EcsComponent ecs;

    @Activate
    public EntityResource(@Reference EcsComponent ecs) {
        this.ecs = ecs;
    }

    /** The caller's entities, oldest first; {@code roots=true} leaves out entities that have a parent. */
    @GET
    public EntityPage list(@Context SecurityContext s, @QueryParam("worldId") String worldId,
            @QueryParam("roots") @DefaultValue("false") boolean roots, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return ecs.entities.list(Callers.of(s), worldId, roots, offset, limit);
    }

    @POST
    public Response create(@Context SecurityContext s, Inputs.EntityCreate in) {
        return Response.status(201).entity(ecs.entities.create(Callers.of(s), in)).build();
    }

    @POST
    @Path("instantiate")
    public Response instantiate(@Context SecurityContext s, Inputs.Instantiate in) {
        Instantiated made = ecs.instantiations.run(Callers.of(s), in);
        return Response.status(201).entity(made).build();
    }

    @GET
    @Path("{id}")
    public EntityView get(@Context SecurityContext s, @PathParam("id") String id) {
        return ecs.entities.get(Callers.of(s), id);
    }

    /** The entity and everything below it, each node with the totals of its subtree. */
    @GET
    @Path("{id}/tree")
    public TreeNode tree(@Context SecurityContext s, @PathParam("id") String id) {
        return ecs.entities.tree(Callers.of(s), id);
    }

    @PATCH
    @Path("{id}")
    public EntityView patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.EntityPatch in) {
        return ecs.entities.patch(Callers.of(s), id, in);
    }

    /** Deletes the entity and everything below it. */
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext s, @PathParam("id") String id) {
        ecs.entities.delete(Callers.of(s), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/relations")
    public Response relate(@Context SecurityContext s, @PathParam("id") String id, Inputs.RelationCreate in) {
        return Response.status(201).entity(ecs.entities.relate(Callers.of(s), id, in)).build();
    }

    @DELETE
    @Path("{id}/relations/{kind}/{toId}")
    public Response unrelate(@Context SecurityContext s, @PathParam("id") String id, @PathParam("kind") String kind,
            @PathParam("toId") String toId) {
        ecs.entities.unrelate(Callers.of(s), id, kind, toId);
        return Response.noContent().build();
    }
}
