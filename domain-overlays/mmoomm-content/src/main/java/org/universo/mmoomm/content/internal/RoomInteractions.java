package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.mmoomm.types.GateJumpPayload;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.mmoomm.types.StationDockPayload;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;

/**
 * {@code interact}, decided by the room: {@code dock} at a station within its range, {@code sell} the hold to the
 * station docked at (paid through the ledger, see {@link StationSales}), {@code jump} through a gate within its
 * radius (the ship's entity moves to the gate's world; the room sends its player {@code system.transfer}). Without a
 * {@code targetId} the nearest station or gate in range is meant. A refusal reaches the player as
 * {@code mmoomm.action.refused} and changes nothing.
 */
@Component(service = IntentHandler.class, property = IntentHandler.KIND + "=interact")
public final class RoomInteractions implements IntentHandler {
    /** Where a body is docked, kept on the body. */
    static final class Dock {
        String stationId;
    }

    private final GateJumps gates;
    private final StationSales sales;
    private final WorldAccess worlds;

    @Activate
    public RoomInteractions(@Reference EntityStore store, @Reference StationSales sales,
            @Reference WorldAccess worlds) {
        this.gates = new GateJumps(store);
        this.sales = sales;
        this.worlds = worlds;
    }

    @Override
    public void handle(RoomContext room, RoomBody actor, JsonNode action, long clientTimeMs) {
        String name = action.path("action").asText();
        String targetId = action.path("targetId").isTextual() ? action.get("targetId").asText() : null;
        switch (name) {
            case "dock" -> dock(room, actor, targetId);
            case "sell" -> sell(room, actor);
            case "jump" -> jump(room, actor, targetId);
            default -> room.count("interact", "unknown_action");
        }
    }

    private void dock(RoomContext room, RoomBody actor, String targetId) {
        RoomBody station = target(room, actor, targetId, MmoommComponentTypes.STATION, "rangeM", 50);
        if (station == null) {
            RoomActions.refuse(room, actor, "dock", "out_of_range", targetId == null ? "no station in range"
                    : "the station is out of range, or no station of this world");
            return;
        }
        actor.state(Dock.class, Dock::new).stationId = station.entityId();
        room.count("dock", "docked");
        room.tell(actor, MmoommTopics.STATION_DOCKED, DomainEvents.payload(MmoommTopics.STATION_DOCKED,
                new StationDockPayload(actor.entityId(), station.entityId())));
    }

    private void sell(RoomContext room, RoomBody actor) {
        Dock dock = actor.state(Dock.class, Dock::new);
        RoomBody station = dock.stationId == null ? null : target(room, actor, dock.stationId,
                MmoommComponentTypes.STATION, "rangeM", 50);
        if (station == null) {
            dock.stationId = null;
            RoomActions.refuse(room, actor, "sell", "not_docked", "dock at a station first");
            return;
        }
        JsonNode hold = actor.component(MmoommComponentTypes.CARGO);
        if (actor.ownerId() == null || hold == null) {
            RoomActions.refuse(room, actor, "sell", "missing_component", "the ship has no hold");
            return;
        }
        StationSales.Sale sale = StationSales.price(station.component(MmoommComponentTypes.STATION), hold,
                "sale:" + UUID.randomUUID(), station.entityId());
        if (sale == null) {
            RoomActions.refuse(room, actor, "sell", "nothing_to_sell", "the hold is empty");
            return;
        }
        ObjectNode emptied = hold.deepCopy();
        emptied.putObject("items");
        emptied.put("usedM3", 0);
        ArrayNode pending = emptied.withArray("sales");
        if (pending.size() >= StationSales.MAX_PENDING) {
            RoomActions.refuse(room, actor, "sell", "busy", "earlier sales wait for the ledger; sell again soon");
            return;
        }
        pending.add(sale.json());
        actor.component(MmoommComponentTypes.CARGO, emptied);
        room.count("sell", "sold");
        sales.pay(room, actor.entityId(), actor.ownerId(), actor);
    }

    private void jump(RoomContext room, RoomBody actor, String targetId) {
        RoomBody gate = target(room, actor, targetId, MmoommComponentTypes.GATE, "radius", 50);
        if (gate == null || actor.ownerId() == null) {
            RoomActions.refuse(room, actor, "jump", "out_of_range", targetId == null ? "no gate in range"
                    : "the gate is out of range, or no gate of this world");
            return;
        }
        String shipId = actor.entityId();
        String userId = actor.ownerId();
        String gateId = gate.entityId();
        // The stored pose is the ship's centre: the reach allows for both bodies' size, as the range check here does.
        double reach = gate.component(MmoommComponentTypes.GATE).path("radius").asDouble(50) + actor.radius()
                + gate.radius();
        AuthPrincipal player = new AuthPrincipal(userId, null, Set.of(), "room");
        room.offTick(actor, () -> gates.jump(userId, shipId, gateId, reach,
                world -> worlds.role(player, world).atLeast(WorldRole.PLAYER)), (r, jumped, failure) -> {
                    if (failure == null) {
                        r.count("jump", "jumped");
                        r.body(shipId).ifPresent(b -> r.tell(b, MmoommTopics.GATE_JUMP, DomainEvents.payload(
                                MmoommTopics.GATE_JUMP, jumped)));
                        return;
                    }
                    RoomBody still = r.body(shipId).orElse(null);
                    if (still == null) {
                        return;
                    }
                    if (failure instanceof ApiException e) {
                        RoomActions.refuse(r, still, "jump", e);
                    } else {
                        RoomActions.refuse(r, still, "jump", "busy", "the jump could not be made now; the ship stays");
                    }
                });
    }

    /** The body (named, or the nearest) with the component whose surface is within its own range of the actor's. */
    private static RoomBody target(RoomContext room, RoomBody actor, String targetId, String component,
            String rangeField, double defaultRange) {
        return RoomActions.nearest(room, actor, component, targetId, c -> c.path(rangeField).asDouble(defaultRange),
                c -> true);
    }
}
