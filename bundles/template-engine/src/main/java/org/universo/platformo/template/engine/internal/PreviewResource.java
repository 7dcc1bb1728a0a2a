package org.universo.platformo.template.engine.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.template.store.AppPolicy;
import org.universo.platformo.template.store.ContentTypes;

/** /api/v1/previews/{token}/...: the files of an unsaved preview; the unguessable token is the credential. */
@Component(service = PreviewResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@Path("previews/{token}")
public final class PreviewResource {
    private final BuildEngine engine;

    @Activate
    public PreviewResource(@Reference BuildEngine engine) {
        this.engine = engine;
    }

    @GET
    @PermitAll
    @Path("{path: .*}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("token") String token, @PathParam("path") String path) {
        byte[] body = engine.previewer().file(token, path).orElseThrow(() -> ApiException.notFound("preview file"));
        String name = path.isEmpty() || path.endsWith("/") ? "index.html" : path;
        // under /api/v1, on the editor's origin: always sandboxed, framed by the editor only
        return Response.ok(body, ContentTypes.of(name)).header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", AppPolicy.contentSecurityPolicy(true, "'self'"))
                .header("Access-Control-Allow-Origin", "*").header("Referrer-Policy", "no-referrer").build();
    }
}
