package org.universo.platformo.resources.internal;

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
import org.universo.platformo.resources.Inputs;
import org.universo.platformo.resources.Resource;
import org.universo.platformo.resources.ResourcePage;
import org.universo.platformo.resources.ResourceVersion;
import org.universo.platformo.rest.RestApi;

/** /api/v1/resources: the catalog, with search by text and category and pagination. */
@Component(service = ResourceCatalogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ResourceCatalogResource {
    private final ResourcesComponent c;

    @Activate
    public ResourceCatalogResource(@Reference ResourcesComponent c) {
        this.c = c;
    }

    @GET
    public ResourcePage search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return c.catalog.search(q, category, offset, limit);
    }

    @POST
    public Response create(@Context SecurityContext s, Inputs.ResourceCreate in) {
        return Response.status(201).entity(c.catalog.create(Callers.of(s), in)).build();
    }

    @GET
    @Path("{id}")
    public Resource get(@PathParam("id") String id) {
        return c.catalog.get(id);
    }

    @GET
    @Path("{id}/versions")
    public java.util.List<ResourceVersion> versions(@PathParam("id") String id) {
        return c.versions.list(id);
    }

    @POST
    @Path("{id}/versions")
    public Response createVersion(@Context SecurityContext s, @PathParam("id") String id, Inputs.VersionCreate in) {
        return Response.status(201).entity(c.versions.create(Callers.of(s), id, in)).build();
    }

    @PATCH
    @Path("{id}")
    public Resource patch(@Context SecurityContext s, @PathParam("id") String id, Inputs.ResourcePatch in) {
        return c.catalog.patch(Callers.of(s), id, in);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext s, @PathParam("id") String id) {
        c.catalog.delete(Callers.of(s), id);
        return Response.noContent().build();
    }
}
