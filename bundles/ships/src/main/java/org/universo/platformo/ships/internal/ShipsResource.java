package org.universo.platformo.ships.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.ships.Catalog;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.ShipView;
import org.universo.platformo.ships.Ships;

/** /api/v1/ships: the catalog, fitting checks, and the Ship component of the caller's entities. */
@Component(service = ShipsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("ships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ShipsResource {
    private final Ships ships;
    private final EntityStore store;
    private final WorldAccess worlds;

    @Activate
    public ShipsResource(@Reference Ships ships, @Reference EntityStore store, @Reference WorldAccess worlds) {
        this.ships = ships;
        this.store = store;
        this.worlds = worlds;
    }

    @GET
    @Path("catalog")
    public Catalog catalog() {
        return ships.catalog();
    }

    /** Always 200: the report says whether the fitting is valid and lists every violation. */
    @POST
    @Path("fittings/check")
    public FittingReport check(Fitting fitting) {
        return ships.check(fitting);
    }

    @GET
    @Path("{entityId}")
    public ShipView get(@Context SecurityContext s, @PathParam("entityId") String entityId) {
        EntityView e = mine(s, entityId);
        ComponentValue v = e.components().get(Ships.COMPONENT);
        if (v == null) {
            throw ApiException.notFound("ship of entity " + entityId);
        }
        return view(entityId, v.version(), v.data());
    }

    /** Refits the ship: 422 with {@code details.violations} when the fitting breaks a rule, 409 on a stale version. */
    @PUT
    @Path("{entityId}")
    public ShipView put(@Context SecurityContext s, @PathParam("entityId") String entityId, Fitting fitting) {
        EntityView e = mine(s, entityId);
        FittingReport r = ships.check(fitting);
        if (!r.valid()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The fitting breaks " + r.violations().size()
                    + " rule(s)", Map.of("violations", r.violations()));
        }
        ComponentValue current = e.components().get(Ships.COMPONENT);
        long expected = fitting.expectedVersion() != null ? fitting.expectedVersion()
                : current == null ? 0 : current.version();
        JsonNode doc = ShipComponentType.document(r.stats(), fitting.shipTypeId(), fitting.modules());
        WriteResult w = store.write(List.of(new ComponentWrite(entityId, Ships.COMPONENT, expected, doc)));
        if (!w.conflicts().isEmpty()) {
            throw new ApiException(ErrorCode.CONFLICT, "The ship is at version " + w.conflicts().get(0).actualVersion()
                    + ", not " + expected + "; read it again", Map.of("conflicts", w.conflicts()));
        }
        return new ShipView(entityId, w.written().get(0).version(), fitting.shipTypeId(), fitting.modules(), r.stats());
    }

    private ShipView view(String entityId, long version, JsonNode d) {
        List<String> modules = new ArrayList<>();
        d.path("modules").forEach(m -> modules.add(m.asText()));
        String type = d.path("shipTypeId").asText();
        FittingReport r = ships.check(new Fitting(type, modules, null));
        return new ShipView(entityId, version, type, modules, r.stats());
    }

    /**
     * Someone else's entity answers 404 like a missing one, as does one's own in a world that no longer admits one.
     */
    private EntityView mine(SecurityContext s, String entityId) {
        AuthPrincipal u = Callers.of(s);
        EntityView e = store.find(entityId).orElse(null);
        if (e == null || !e.ownerId().equals(u.userId()) && !u.isAdmin()
                || !worlds.role(u, e.worldId()).atLeast(WorldRole.PLAYER)) {
            throw ApiException.notFound("entity");
        }
        return e;
    }
}
