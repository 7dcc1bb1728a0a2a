package org.universo.mmoomm.content.internal;

import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.mmoomm.types.GateJumpPayload;
import org.universo.mmoomm.types.MiningYieldPayload;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.economy.Ledger;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.realtime.Rooms;
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/mmoomm: players' starter ships, the materials of the belts, mining cycles, unloading ore to the ledger, gate jumps. Leaves with the
 * overlay.
 */
@Component(service = MmoommResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("mmoomm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MmoommResource {
    private final Mining mining;
    private final Unloading unloading;
    private final GateJumps gates;
    private final EntityStore store;
    private final WorldAccess worlds;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Rooms rooms;

    private final Starters starters;

    @Activate
    public MmoommResource(@Reference EntityStore store, @Reference Ledger ledger,
            @Reference MaterialCurrencies currencies, @Reference WorldAccess worlds,
            @Reference org.universo.platformo.ships.Ships ships) {
        this.store = store;
        this.worlds = worlds;
        this.starters = new Starters(store, worlds, ships);
        this.mining = new Mining(store);
        this.unloading = new Unloading(store, ledger);
        this.gates = new GateJumps(store);
    }

    /** Idempotency-Key header required; the receipt of the ledger credit (200 on a retry as on the first call). */
    @POST
    @Path("cargo/unload")
    public Receipt unload(@Context SecurityContext s, @HeaderParam("Idempotency-Key") String key, UnloadCargo in) {
        AuthPrincipal u = Callers.of(s);
        notFlown(playing(u, in.shipId()));
        return unloading.unload(u.userId(), key, in);
    }

    /**
     * The caller's ship in the world: 201 with a starter ship made now when they had none, else 200 with the one they
     * have; 404 for a world they may not play in.
     */
    @POST
    @Path("ships")
    public javax.ws.rs.core.Response ship(@Context SecurityContext s, StarterShip in) {
        Starters.Starter st = starters.starter(Callers.of(s), in.worldId());
        return javax.ws.rs.core.Response.status(st.created() ? 201 : 200).entity(st.ship()).build();
    }

    /** Material, density (kg/m³) and value (Inmo minor units per kg). */
    @GET
    @Path("materials")
    public List<Balance.Material> materials() {
        return Balance.MATERIALS;
    }

    @POST
    @Path("mining/cycle")
    public MiningYieldPayload cycle(@Context SecurityContext s, MiningCycle in) {
        AuthPrincipal u = Callers.of(s);
        notFlown(playing(u, in.shipId()));
        MiningYieldPayload y = mining.cycle(u.userId(), in.shipId(), in.asteroidId(), System.currentTimeMillis());
        tell(MmoommTopics.MINING_YIELD, y, u.userId());
        return y;
    }

    /** The ship moves to the gate's world; its player's room sends them {@code system.transfer}. */
    @POST
    @Path("gates/jump")
    public GateJumpPayload jump(@Context SecurityContext s, GateJump in) {
        AuthPrincipal u = Callers.of(s);
        playing(u, in.shipId());
        GateJumpPayload j = gates.jump(u.userId(), in.shipId(), in.gateId(),
                world -> worlds.role(u, world).atLeast(WorldRole.PLAYER));
        tell(MmoommTopics.GATE_JUMP, j, u.userId());
        return j;
    }

    /**
     * A ship acts only where its owner may still play: a world gone private, or left, ends what it does there. The
     * ship's world, if it exists.
     */
    private String playing(AuthPrincipal u, String shipId) {
        java.util.Optional<EntityView> ship = store.find(shipId);
        ship.filter(e -> !worlds.role(u, e.worldId()).atLeast(WorldRole.PLAYER)).ifPresent(e -> {
            throw ApiException.notFound("ship");
        });
        return ship.map(EntityView::worldId).orElse(null);
    }

    /**
     * While a room runs the ship's world, the room owns its holds: a hold written here would be overwritten by the
     * room's next save, so mining and unloading go through the room's intents then.
     */
    private void notFlown(String worldId) {
        Rooms r = rooms;
        if (worldId != null && r != null && r.hosts(worldId)) {
            throw new ApiException(ErrorCode.CONFLICT, "The ship's world is running in a room: mine and sell there "
                    + "(use_module and interact intents)", Map.of("worldId", worldId, "reason", "world_in_room"));
        }
    }

    private void tell(String topic, Record payload, String userId) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(DomainEvents.eventAdminTopic(topic), DomainEvents.forPlayers(topic, payload, userId)));
        }
    }
}
