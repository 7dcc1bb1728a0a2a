package org.universo.platformo.metaverse.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
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
import org.universo.platformo.metaverse.Draft;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Version;
import org.universo.platformo.metaverse.VersionDiff;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.updl.link.LinkResolution;

/** /api/v1/spaces/{id}: the draft graph of a space and its versions (list, read, diff, restore) and its links. */
@Component(service = SpaceContentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("spaces/{spaceId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SpaceContentResource {
    private final MetaverseComponent c;

    @Activate
    public SpaceContentResource(@Reference MetaverseComponent c) {
        this.c = c;
    }

    @GET
    @Path("draft")
    public Draft draft(@Context SecurityContext s, @PathParam("spaceId") String spaceId) {
        return c.content.draft(Callers.of(s).userId(), spaceId);
    }

    @PUT
    @Path("draft")
    public Draft save(@Context SecurityContext s, @PathParam("spaceId") String spaceId, Inputs.DraftSave body) {
        return c.content.save(Callers.of(s).userId(), spaceId, body);
    }

    @GET
    @Path("versions")
    public Page<Version> versions(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        ListQuery q = ListQuery.of(offset, limit, null, null);
        return c.versions.list(Callers.of(s).userId(), spaceId, q.offset(), q.limit());
    }

    @POST
    @Path("versions")
    public Response snapshot(@Context SecurityContext s, @PathParam("spaceId") String spaceId, Inputs.VersionCreate body) {
        return Response.status(201).entity(c.content.snapshot(Callers.of(s).userId(), spaceId, body)).build();
    }

    @GET
    @Path("versions/{version}")
    public Version version(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @PathParam("version") int version) {
        return c.versions.get(Callers.of(s).userId(), spaceId, version);
    }

    @POST
    @Path("versions/{version}/restore")
    public Draft restore(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @PathParam("version") int version) {
        return c.content.restore(Callers.of(s).userId(), spaceId, version);
    }

    /** Changes from version {@code from} to {@code to}; 0 means the current draft. */
    @GET
    @Path("diff")
    public VersionDiff diff(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @QueryParam("from") @DefaultValue("0") int from, @QueryParam("to") @DefaultValue("0") int to) {
        return c.versions.diff(Callers.of(s).userId(), spaceId, from, to);
    }

    /** The spaces the draft (version 0) or a version includes through its links, and what cannot be followed. */
    @GET
    @Path("links")
    public LinkResolution links(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @QueryParam("version") @DefaultValue("0") int version) {
        return c.versions.links(Callers.of(s).userId(), spaceId, version);
    }
}
