package org.universo.platformo.updl.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.GraphValidator;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.SampleSpaces;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.spi.NodeType;

/**
 * /api/v1/updl: the installed node types (the editor's palette and forms), the sample spaces, and a dry-run check of
 * a graph. The node-type list carries an ETag of the registry revision so clients can poll it cheaply.
 */
@Component(service = UpdlResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("updl")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UpdlResource {
    private final NodeTypeRegistry registry;
    private final GraphValidator validator;

    @Activate
    public UpdlResource(@Reference NodeTypeRegistry registry, @Reference GraphValidator validator) {
        this.registry = registry;
        this.validator = validator;
    }

    @GET
    @Path("node-types")
    public Response nodeTypes(@Context Request request) {
        long revision = registry.revision();
        EntityTag tag = new EntityTag("node-types-" + revision);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        List<NodeTypeView> items = registry.list().stream().map(this::view).toList();
        return Response.ok(new NodeTypeList(revision, items)).tag(tag).build();
    }

    @GET
    @Path("node-types/{type}")
    public NodeTypeView nodeType(@PathParam("type") String type) {
        return registry.find(type).map(this::view).orElseThrow(() -> ApiException.notFound("node type " + type));
    }

    @GET
    @Path("samples")
    public List<String> samples() {
        return SampleSpaces.NAMES;
    }

    @GET
    @Path("samples/{name}")
    public SpaceGraph sample(@PathParam("name") String name) {
        if (!SampleSpaces.NAMES.contains(name)) {
            throw ApiException.notFound("sample " + name);
        }
        return SampleSpaces.load(name);
    }

    /** Checks a graph without storing it, with the default limits; links are checked when a space is saved. */
    @POST
    @Path("validate")
    public ValidationReport validate(JsonNode graph) {
        List<Problem> problems = validator.validate(graph, GraphLimits.DEFAULTS);
        return new ValidationReport(problems.isEmpty(), problems);
    }

    private NodeTypeView view(NodeType t) {
        return NodeTypeView.of(t, registry.dataSchema(t.type()).orElse(null));
    }
}
