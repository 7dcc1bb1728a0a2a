package org.universo.platformo.publish.internal;

import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
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
import org.universo.platformo.publish.AuditEntry;
import org.universo.platformo.publish.Inputs;
import org.universo.platformo.publish.Lead;
import org.universo.platformo.publish.PreviewLink;
import org.universo.platformo.publish.Publication;
import org.universo.platformo.publish.PublicationVersion;
import org.universo.platformo.rest.RestApi;

/** /api/v1/publications: publications, their versions, activation and rollback, preview links, members, audit. */
@Component(service = PublicationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PublicationResource {
    private final PublishComponent c;

    @Activate
    public PublicationResource(@Reference PublishComponent c) {
        this.c = c;
    }

    @POST
    public Response create(@Context SecurityContext s, Inputs.PublicationCreate in) {
        return Response.status(201).entity(c.projects.create(user(s), in)).build();
    }

    @GET
    public List<Publication> mine(@Context SecurityContext s, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw ApiException.badRequest("offset >= 0 and limit 1..200");
        }
        return c.projects.mine(user(s), offset, limit);
    }

    @GET
    @Path("{id}")
    public Publication get(@Context SecurityContext s, @PathParam("id") String id) {
        return c.projects.get(user(s), id);
    }

    @PATCH
    @Path("{id}")
    public Publication patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.PublicationPatch in) {
        return c.worlds.follow(c.projects.patch(user(s), id, in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext s, @PathParam("id") String id) {
        Publication gone = c.projects.get(user(s), id);
        c.projects.delete(user(s), id);
        c.worlds.follow(gone);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/versions")
    public List<PublicationVersion> versions(@Context SecurityContext s, @PathParam("id") String id) {
        return c.versions.list(user(s), id);
    }

    @POST
    @Path("{id}/versions")
    public Response addVersion(@Context SecurityContext s, @PathParam("id") String id, Inputs.VersionCreate in) {
        return Response.status(201).entity(c.versions.create(user(s), id, in)).build();
    }

    @PATCH
    @Path("{id}/versions/{n}")
    public PublicationVersion patchVersion(@Context SecurityContext s, @PathParam("id") String id,
            @PathParam("n") int n, Inputs.VersionPatch in) {
        return c.versions.patch(user(s), id, n, in);
    }

    @POST
    @Path("{id}/activate")
    public Publication activate(@Context SecurityContext s, @PathParam("id") String id, Inputs.Activate in) {
        c.worlds.check(c.projects.get(user(s), id), in.version());
        return c.worlds.serve(c.versions.activate(user(s), id, in.version()));
    }

    @POST
    @Path("{id}/rollback")
    public Publication rollback(@Context SecurityContext s, @PathParam("id") String id) {
        return c.worlds.serve(c.versions.rollback(user(s), id));
    }

    @POST
    @Path("{id}/versions/{n}/preview-links")
    public Response preview(@Context SecurityContext s, @PathParam("id") String id, @PathParam("n") int n,
            Inputs.PreviewCreate in) {
        PreviewLink link = c.previews.create(user(s), id, n, in == null ? null : in.ttlSeconds());
        return Response.status(201).entity(link).build();
    }

    @GET
    @Path("{id}/members")
    public List<Map<String, String>> members(@Context SecurityContext s, @PathParam("id") String id) {
        return c.projects.members(user(s), id);
    }

    @PUT
    @Path("{id}/members/{userId}")
    public Response setMember(@Context SecurityContext s, @PathParam("id") String id,
            @PathParam("userId") String member, Inputs.MemberSet in) {
        c.requireUser(member);
        c.projects.setMember(user(s), id, member, in.role());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public Response removeMember(@Context SecurityContext s, @PathParam("id") String id,
            @PathParam("userId") String member) {
        c.projects.setMember(user(s), id, member, null);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/leads")
    public List<Lead> leads(@Context SecurityContext s, @PathParam("id") String id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return c.leads.list(user(s), id, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    @GET
    @Path("{id}/audit")
    public List<AuditEntry> audit(@Context SecurityContext s, @PathParam("id") String id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return c.unit.read(em -> {
            Access.require(em, id, user(s), Access.EDITOR);
            return Audit.list(em, id, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
        });
    }

    private static String user(SecurityContext s) {
        return Callers.of(s).userId();
    }
}
