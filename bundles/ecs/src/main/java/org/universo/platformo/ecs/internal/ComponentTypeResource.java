package org.universo.platformo.ecs.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.ComponentTypes;
import org.universo.platformo.rest.RestApi;

/** /api/v1/component-types: the types installed bundles registered, with their JSON Schemas (for forms and SDKs). */
@Component(service = ComponentTypeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("component-types")
@Produces(MediaType.APPLICATION_JSON)
public final class ComponentTypeResource {
    private final ComponentTypes types;

    @Activate
    public ComponentTypeResource(@Reference ComponentTypes types) {
        this.types = types;
    }

    @GET
    public List<ComponentTypes.Info> list() {
        return types.list();
    }

    @GET
    @Path("{type}")
    public ComponentTypes.Info get(@PathParam("type") String type) {
        return types.find(type).orElseThrow(() -> ApiException.notFound("component type"));
    }
}
