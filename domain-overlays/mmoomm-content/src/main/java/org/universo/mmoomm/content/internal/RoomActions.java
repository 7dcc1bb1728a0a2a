package org.universo.mmoomm.content.internal;

import org.universo.mmoomm.types.ActionRefusedPayload;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;

/** What the MMOOMM room actions share: distances between bodies, finding a target, telling a refusal. */
final class RoomActions {
    private RoomActions() {
    }

    /** The distance between the two bodies' surfaces (their collision spheres), 0 when they touch. */
    static double gap(RoomBody a, RoomBody b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        double dz = a.z() - b.z();
        return Math.max(0, Math.sqrt(dx * dx + dy * dy + dz * dz) - a.radius() - b.radius());
    }

    /** The nearest other body with the component within {@code range} of the actor's surface, or null. */
    static RoomBody nearest(RoomContext room, RoomBody actor, String component, double range) {
        return nearest(room, actor, component, range, c -> true);
    }

    /** As {@link #nearest(RoomContext, RoomBody, String, double)}, among bodies whose component passes {@code usable}. */
    static RoomBody nearest(RoomContext room, RoomBody actor, String component, double range,
            java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> usable) {
        return nearest(room, actor, component, null, c -> range, usable);
    }

    /**
     * The nearest other body with the component (only {@code targetId} when one is named) whose component passes
     * {@code usable}, within the reach its component gives from the actor's surface; null when there is none.
     */
    static RoomBody nearest(RoomContext room, RoomBody actor, String component, String targetId,
            java.util.function.ToDoubleFunction<com.fasterxml.jackson.databind.JsonNode> reach,
            java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> usable) {
        RoomBody best = null;
        double bestGap = Double.MAX_VALUE;
        for (RoomBody b : room.bodies()) {
            com.fasterxml.jackson.databind.JsonNode c = b == actor ? null : b.component(component);
            if (c == null || targetId != null && !targetId.equals(b.entityId()) || !usable.test(c)) {
                continue;
            }
            double g = gap(actor, b);
            if (g <= reach.applyAsDouble(c) && g < bestGap) {
                best = b;
                bestGap = g;
            }
        }
        return best;
    }

    static void refuse(RoomContext room, RoomBody actor, String action, String reason, String message) {
        room.count(action, reason);
        room.tell(actor, MmoommTopics.ACTION_REFUSED, DomainEvents.payload(MmoommTopics.ACTION_REFUSED,
                new ActionRefusedPayload(action, reason, message)));
    }

    static void refuse(RoomContext room, RoomBody actor, String action, ApiException e) {
        Object reason = e.details() == null ? null : e.details().get("reason");
        refuse(room, actor, action, reason instanceof String s ? s : "refused", e.getMessage());
    }
}
