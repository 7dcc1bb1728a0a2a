package org.universo.platformo.resources.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.resources.Conversion;
import org.universo.platformo.resources.Unit;
import org.universo.platformo.rest.RestApi;

/** /api/v1/units: the unit table and conversion within a dimension. */
@Component(service = UnitResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public final class UnitResource {
    private final ResourcesComponent c;

    @Activate
    public UnitResource(@Reference ResourcesComponent c) {
        this.c = c;
    }

    @GET
    public List<Unit> list(@QueryParam("dimension") String dimension) {
        return c.units().stream().filter(u -> dimension == null || u.dimension().equals(dimension)).toList();
    }

    /** GET /units/convert?value=2.5&from=t&to=kg */
    @GET
    @Path("convert")
    public Conversion convert(@QueryParam("value") String value, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        double v;
        try {
            v = Double.parseDouble(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("value must be a number, e.g. ?value=2.5&from=t&to=kg");
        }
        return c.convert(v, from, to);
    }
}
