package org.universo.platformo.template.engine.internal;

import java.io.IOException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
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
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.template.build.ArtifactInfo;
import org.universo.platformo.template.build.BuildJob;
import org.universo.platformo.template.build.BuildLog;
import org.universo.platformo.template.build.BuildRequest;
import org.universo.platformo.template.build.PreviewRequest;
import org.universo.platformo.template.store.ArtifactStore;
import org.universo.platformo.template.store.ContentTypes;

/** /api/v1/builds: start, watch (status, logs from a cursor), cancel and retry builds; read their artifacts. */
@Component(service = BuildResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("builds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BuildResource {
    private final BuildEngine engine;

    @Activate
    public BuildResource(@Reference BuildEngine engine) {
        this.engine = engine;
    }

    /** 202 with the queued job, or 200 with a succeeded one when an identical build exists. */
    @POST
    public Response submit(@Context SecurityContext s, BuildRequest body) {
        BuildJob job = engine.requests().submit(user(s), body);
        return Response.status(job.cached() ? 200 : 202).entity(job).build();
    }

    @GET
    public List<BuildJob> list(@Context SecurityContext s, @QueryParam("spaceId") String spaceId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (spaceId == null || offset < 0 || limit < 1 || limit > 200) {
            throw ApiException.badRequest("spaceId is required; offset >= 0; limit 1..200");
        }
        return engine.requests().list(user(s), spaceId, offset, limit);
    }

    @GET
    @Path("{id}")
    public BuildJob get(@Context SecurityContext s, @PathParam("id") String id) {
        return engine.requests().get(user(s), id);
    }

    @POST
    @Path("{id}/cancel")
    public BuildJob cancel(@Context SecurityContext s, @PathParam("id") String id) {
        return engine.requests().cancel(user(s), id);
    }

    @POST
    @Path("{id}/retry")
    public BuildJob retry(@Context SecurityContext s, @PathParam("id") String id) {
        return engine.requests().retry(user(s), id);
    }

    /** Lines after a cursor; {@code wait} (0..30 s) holds the answer until there is something new. */
    @GET
    @Path("{id}/logs")
    public BuildLog logs(@Context SecurityContext s, @PathParam("id") String id,
            @QueryParam("after") @DefaultValue("0") int after, @QueryParam("limit") @DefaultValue("500") int limit,
            @QueryParam("wait") @DefaultValue("0") int wait) throws InterruptedException {
        return engine.requests().logs(user(s), id, after, Math.max(1, Math.min(limit, 1000)), Math.max(0, Math.min(wait, 30)));
    }

    @GET
    @Path("{id}/artifact")
    public ArtifactInfo artifact(@Context SecurityContext s, @PathParam("id") String id) {
        return engine.artifact(succeeded(s, id).inputHash()).orElseThrow(() -> ApiException.notFound("artifact"));
    }

    /** Generates the draft (version 0) or a version now, without a job; the answer's url opens it for a while. */
    @POST
    @Path("preview")
    public Response preview(@Context SecurityContext s, PreviewRequest body) {
        return Response.status(201).entity(engine.previewer().preview(user(s), body)).build();
    }

    /** A file of the built app, for the creator's preview before anything is published. */
    @GET
    @Path("{id}/files/{path: .+}")
    @Produces(MediaType.WILDCARD)
    public Response file(@Context SecurityContext s, @PathParam("id") String id, @PathParam("path") String path)
            throws IOException {
        ArtifactStore.StoredFile file = engine.open(succeeded(s, id).inputHash(), path)
                .orElseThrow(() -> ApiException.notFound("file " + path));
        return Response.ok(file.content(), ContentTypes.of(path))
                .header("Content-Length", file.size()).build();
    }

    private BuildJob succeeded(SecurityContext s, String id) {
        BuildJob job = engine.requests().get(user(s), id);
        if (!"succeeded".equals(job.status().wire())) {
            throw ApiException.conflict("The build has no artifact: it is " + job.status().wire());
        }
        return job;
    }

    private static String user(SecurityContext s) {
        return Callers.of(s).userId();
    }
}
