package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/spaces/{id}/canvases: upstream canvas files in and out, and the diagram layer of a canvas as a document.
 * {@code version=0} (the default) reads the draft.
 */
@Component(service = CanvasResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("spaces/{spaceId}/canvases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CanvasResource {
    private final MetaverseComponent c;

    @Activate
    public CanvasResource(@Reference MetaverseComponent c) {
        this.c = c;
    }

    @POST
    @Path("upstream")
    public Response importUpstream(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            Inputs.UpstreamImport body) {
        Draft draft = c.canvases.importUpstream(Callers.of(s).userId(), spaceId, body);
        return Response.status(201).entity(draft).build();
    }

    @GET
    @Path("{canvasId}/upstream")
    public JsonNode exportUpstream(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @PathParam("canvasId") String canvasId, @QueryParam("version") @DefaultValue("0") int version) {
        return c.canvases.exportUpstream(Callers.of(s).userId(), spaceId, canvasId, version);
    }

    @GET
    @Path("{canvasId}/diagram")
    public JsonNode diagram(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @PathParam("canvasId") String canvasId, @QueryParam("version") @DefaultValue("0") int version) {
        return c.canvases.diagram(Callers.of(s).userId(), spaceId, canvasId, version);
    }

    @PUT
    @Path("{canvasId}/diagram")
    public Draft saveDiagram(@Context SecurityContext s, @PathParam("spaceId") String spaceId,
            @PathParam("canvasId") String canvasId, Inputs.DiagramSave body) {
        return c.canvases.saveDiagram(Callers.of(s).userId(), spaceId, canvasId, body);
    }
}
