package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.template.TemplateInfo;
import org.universo.platformo.template.TemplateRegistry;

/**
 * /api/v1/templates: the installed templates with manifests and settings schemas. The list answers an ETag of the
 * registry revision, so an open editor can poll it and see templates installed or removed without a reload.
 */
@Component(service = TemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("templates")
@Produces(MediaType.APPLICATION_JSON)
public final class TemplateResource {
    private final TemplateRegistry registry;

    @Activate
    public TemplateResource(@Reference TemplateRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Response list(@Context Request request) {
        EntityTag tag = new EntityTag("templates-" + registry.revision());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(new TemplateList(registry.revision(), registry.list(), registry.refused())).tag(tag).build();
    }

    @GET
    @Path("{id}")
    public TemplateInfo get(@PathParam("id") String id) {
        return registry.info(id).orElseThrow(() -> ApiException.notFound("template " + id));
    }

    @GET
    @Path("{id}/schema")
    public JsonNode schema(@PathParam("id") String id) {
        return get(id).settingsSchema();
    }

    /**
     * The installed templates, and the services left out with their reasons; {@code revision} changes whenever one
     * is installed, upgraded, refused or removed.
     */
    public record TemplateList(long revision, java.util.List<TemplateInfo> items,
                               java.util.List<org.universo.platformo.template.TemplateRefusal> refused) {
    }
}
