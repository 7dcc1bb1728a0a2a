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
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Link;
import org.universo.platformo.metaverse.Member;
import org.universo.platformo.metaverse.Metaverse;
import org.universo.platformo.metaverse.Overview;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.rest.RestApi;

/** /api/v1/metaverses: CRUD, links, members, listed spaces and the overview. */
@Component(service = MetaverseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("metaverses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MetaverseResource {
    private final MetaverseComponent c;

    @Activate
    public MetaverseResource(@Reference MetaverseComponent c) {
        this.c = c;
    }

    @GET
    public Page<Metaverse> list(@Context SecurityContext s, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort, @QueryParam("order") String order,
            @QueryParam("scope") String scope) {
        if (scope != null && !scope.equals("mine") && !scope.equals("visible")) {
            throw ApiException.badRequest("scope is 'mine' or 'visible'");
        }
        return c.metaverses.list(Callers.of(s).userId(), ListQuery.of(offset, limit, sort, order),
                "mine".equals(scope));
    }

    @POST
    public Response create(@Context SecurityContext s, Inputs.MetaverseCreate body) {
        return Response.status(201).entity(c.metaverses.create(Callers.of(s).userId(), body)).build();
    }

    @GET
    @Path("{id}")
    public Metaverse get(@Context SecurityContext s, @PathParam("id") String id) {
        return c.metaverses.get(Callers.of(s).userId(), id);
    }

    @PATCH
    @Path("{id}")
    public Metaverse patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.MetaversePatch body) {
        return c.metaverses.patch(Callers.of(s).userId(), id, body);
    }

    @DELETE
    @Path("{id}")
    public void delete(@Context SecurityContext s, @PathParam("id") String id) {
        c.metaverses.delete(Callers.of(s).userId(), id);
    }

    @GET
    @Path("{id}/overview")
    public Overview overview(@Context SecurityContext s, @PathParam("id") String id) {
        return c.metaverses.overview(Callers.of(s).userId(), id, c.spaces);
    }

    @GET
    @Path("{id}/links")
    public List<Link> links(@Context SecurityContext s, @PathParam("id") String id) {
        return c.metaverses.links(Callers.of(s).userId(), id);
    }

    @POST
    @Path("{id}/links")
    public Response link(@Context SecurityContext s, @PathParam("id") String id, Inputs.LinkCreate body) {
        return Response.status(201).entity(c.metaverses.link(Callers.of(s).userId(), id, body)).build();
    }

    @DELETE
    @Path("{id}/links/{linkId}")
    public void unlink(@Context SecurityContext s, @PathParam("id") String id, @PathParam("linkId") String linkId) {
        c.metaverses.unlink(Callers.of(s).userId(), id, linkId);
    }

    @GET
    @Path("{id}/members")
    public List<Member> members(@Context SecurityContext s, @PathParam("id") String id) {
        return c.metaverses.members(Callers.of(s).userId(), id);
    }

    @PUT
    @Path("{id}/members/{userId}")
    public void setMember(@Context SecurityContext s, @PathParam("id") String id, @PathParam("userId") String userId,
            Inputs.MemberSet body) {
        c.requireUser(userId);
        c.metaverses.setMember(Callers.of(s).userId(), id, userId, body.role());
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public void removeMember(@Context SecurityContext s, @PathParam("id") String id, @PathParam("userId") String userId) {
        c.metaverses.removeMember(Callers.of(s).userId(), id, userId);
    }

    @POST
    @Path("{id}/spaces")
    public void listSpace(@Context SecurityContext s, @PathParam("id") String id, Inputs.SpaceListing body) {
        c.spaces.listIn(Callers.of(s).userId(), id, body.spaceId());
    }

    @DELETE
    @Path("{id}/spaces/{spaceId}")
    public void unlistSpace(@Context SecurityContext s, @PathParam("id") String id, @PathParam("spaceId") String spaceId) {
        c.spaces.unlistFrom(Callers.of(s).userId(), id, spaceId);
    }
}
