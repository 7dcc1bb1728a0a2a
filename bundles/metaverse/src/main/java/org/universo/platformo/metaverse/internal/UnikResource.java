package org.universo.platformo.metaverse.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Member;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Space;
import org.universo.platformo.metaverse.Unik;
import org.universo.platformo.rest.RestApi;

/** /api/v1/uniks: workspaces, their members and their spaces. */
@Component(service = UnikResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("uniks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UnikResource {
    private final MetaverseComponent c;

    @Activate
    public UnikResource(@Reference MetaverseComponent c) {
        this.c = c;
    }

    @GET
    public Page<Unik> list(@Context SecurityContext s, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort, @QueryParam("order") String order) {
        return c.uniks.list(Callers.of(s).userId(), ListQuery.of(offset, limit, sort, order));
    }

    @POST
    public Response create(@Context SecurityContext s, Inputs.NamedCreate body) {
        return Response.status(201).entity(c.uniks.create(Callers.of(s).userId(), body)).build();
    }

    @GET
    @Path("{id}")
    public Unik get(@Context SecurityContext s, @PathParam("id") String id) {
        return c.uniks.get(Callers.of(s).userId(), id);
    }

    @PATCH
    @Path("{id}")
    public Unik patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.NamedPatch body) {
        return c.uniks.patch(Callers.of(s).userId(), id, body);
    }

    @DELETE
    @Path("{id}")
    public void delete(@Context SecurityContext s, @PathParam("id") String id) {
        c.uniks.delete(Callers.of(s).userId(), id);
    }

    @GET
    @Path("{id}/members")
    public List<Member> members(@Context SecurityContext s, @PathParam("id") String id) {
        return c.uniks.members(Callers.of(s).userId(), id);
    }

    @PUT
    @Path("{id}/members/{userId}")
    public void setMember(@Context SecurityContext s, @PathParam("id") String id, @PathParam("userId") String userId,
            Inputs.MemberSet body) {
        c.requireUser(userId);
        c.uniks.setMember(Callers.of(s).userId(), id, userId, body.role());
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public void removeMember(@Context SecurityContext s, @PathParam("id") String id, @PathParam("userId") String userId) {
        c.uniks.removeMember(Callers.of(s).userId(), id, userId);
    }

    @GET
    @Path("{id}/spaces")
    public Page<Space> spaces(@Context SecurityContext s, @PathParam("id") String id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort, @QueryParam("order") String order) {
        return c.spaces.list(Callers.of(s).userId(), id, ListQuery.of(offset, limit, sort, order));
    }

    @POST
    @Path("{id}/spaces")
    public Response createSpace(@Context SecurityContext s, @PathParam("id") String id, Inputs.NamedCreate body) {
        return Response.status(201).entity(c.spaces.create(Callers.of(s).userId(), id, body)).build();
    }

    @GET
    @Path("{id}/spaces/{spaceId}")
    public Space space(@Context SecurityContext s, @PathParam("id") String id, @PathParam("spaceId") String spaceId) {
        return c.spaces.get(Callers.of(s).userId(), id, spaceId);
    }

    @PATCH
    @Path("{id}/spaces/{spaceId}")
    public Space patchSpace(@Context SecurityContext s, @PathParam("id") String id, @PathParam("spaceId") String spaceId,
            Inputs.NamedPatch body) {
        return c.spaces.patch(Callers.of(s).userId(), id, spaceId, body);
    }

    @DELETE
    @Path("{id}/spaces/{spaceId}")
    public void deleteSpace(@Context SecurityContext s, @PathParam("id") String id, @PathParam("spaceId") String spaceId) {
        c.spaces.delete(Callers.of(s).userId(), id, spaceId);
    }
}
