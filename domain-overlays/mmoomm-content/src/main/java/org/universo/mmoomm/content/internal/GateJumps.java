package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.universo.mmoomm.types.GateJumpPayload;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;

/**
 * A ship through a gate: the ship must be the caller's and within the gate's radius. It comes out beside the gate of
 * the other world that leads back (or at that world's origin when there is none), and is moved there with that pose in
 * one transaction, at the Transform version read: a ship moved meanwhile is refused, never teleported twice.
 */
final class GateJumps {
    /** How far beyond the return gate's radius a ship comes out, so it does not sit inside the gate. */
    static final double CLEARANCE = 1.2;
    private final EntityStore store;

    GateJumps(EntityStore store) {
        this.store = store;
    }

    /** {@code mayEnter}: whether the player is admitted to a world (it exists and admits them at least as a player). */
    GateJumpPayload jump(String userId, String shipId, String gateId, java.util.function.Predicate<String> mayEnter) {
        return jump(userId, shipId, gateId, -1, mayEnter);
    }

    /** {@code reach}: how far the ship's centre may be from the gate's; below 0, the gate's radius. */
    GateJumpPayload jump(String userId, String shipId, String gateId, double reach,
            java.util.function.Predicate<String> mayEnter) {
        EntityView ship = store.find(shipId).filter(e -> e.ownerId().equals(userId))
                .orElseThrow(() -> ApiException.notFound("ship"));
        EntityView gate = store.find(gateId).filter(e -> e.worldId().equals(ship.worldId()))
                .orElseThrow(() -> ApiException.notFound("gate"));
        ComponentValue g = gate.components().get(MmoommComponentTypes.GATE);
        if (g == null) {
            throw Mining.refused(ErrorCode.VALIDATION_FAILED, "not_a_gate", "the target is not a gate");
        }
        ComponentValue pose = ship.components().get("Transform");
        double radius = reach >= 0 ? reach : g.data().path("radius").asDouble(50);
        if (Mining.distance(ship, gate) > radius) {
            throw Mining.refused(ErrorCode.VALIDATION_FAILED, "out_of_range", "the ship is beyond the gate's "
                    + radius + " m");
        }
        String to = g.data().path("toWorldId").asText();
        if (!mayEnter.test(to)) {
            throw Mining.refused(ErrorCode.VALIDATION_FAILED, "destination_unavailable", "the gate leads to world "
                    + to + ", which does not exist or is not open to you; the ship stays");
        }
        ObjectNode arrival = pose.data().deepCopy();
        arrival.set("position", exit(to, ship.worldId()));
        try {
            store.move(shipId, to, List.of(new ComponentWrite(shipId, "Transform", pose.version(), arrival)));
        } catch (ApiException e) {
            if (e.httpStatus() == 409) {
                throw Mining.refused(ErrorCode.CONFLICT, "busy", "the ship moved meanwhile; jump again");
            }
            throw e;
        }
        return new GateJumpPayload(shipId, gateId, ship.worldId(), to);
    }

    private JsonNode exit(String toWorldId, String fromWorldId) {
        for (EntityView e : store.loadWorld(toWorldId)) {
            ComponentValue back = e.components().get(MmoommComponentTypes.GATE);
            ComponentValue where = e.components().get("Transform");
            if (back != null && where != null && fromWorldId.equals(back.data().path("toWorldId").asText())) {
                ObjectNode p = where.data().path("position").deepCopy();
                p.put("x", p.path("x").asDouble() + back.data().path("radius").asDouble(50) * CLEARANCE);
                return p;
            }
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("x", 0).put("y", 0).put("z", 0);
    }
}
