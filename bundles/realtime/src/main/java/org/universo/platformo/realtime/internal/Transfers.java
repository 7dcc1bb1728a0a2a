package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Topics;
import org.universo.platformo.ecs.EntityView;

/**
 * Entities changing worlds while rooms run (through a gate). The room they left drops their bodies and sends the
 * player whose avatar stood for one of them {@code system.transfer} with a single-use seat ticket for the new world's
 * room ({@link TransferTickets}), then lets that avatar go after a short grace (the
 * client is expected to leave first); the room of the new world takes the entities as if it had loaded them.
 */
final class Transfers {
    /** How long a transferred player's avatar stays for the client to leave on its own. */
    static final long GRACE_MS = 3000;

    private Transfers() {
    }

    /** Tick thread of the room that {@code ids} left. */
    static void left(Room room, Set<String> ids, String toWorldId, TransferTickets tickets) {
        for (Body b : new ArrayList<>(room.bodies)) {
            if (ids.contains(b.id)) {   // stored or not: a refused write-back may have unmarked it
                room.removeBody(b);
            }
        }
        room.owned.values().forEach(entities -> entities.keySet().removeAll(ids));
        for (Client c : room.clients) {
            String id = c.avatar.standsFor;
            if (id != null && ids.contains(id) && c.leaveAtMs == 0) {
                c.leaveAtMs = room.nowMs() + GRACE_MS;
                c.input = Motion.Input.IDLE;
                room.events.add(new Room.Pending(new Event(Topics.SYSTEM_TRANSFER, room.nowMs(),
                        Map.of("worldId", toWorldId, "entityId", id, "transferToken",
                                tickets.issue(c.userId, id, toWorldId))), -2, c));
            }
        }
    }

    /** Tick thread of a room of the world the entities arrived in; parents come before children in {@code views}. */
    static void arrived(Room room, List<EntityView> views) {
        for (EntityView e : views) {
            boolean known = room.bodies.stream().anyMatch(b -> b.id.equals(e.id()))
                    || e.ownerId() != null && room.owned.getOrDefault(e.ownerId(), Map.of()).containsKey(e.id());
            if (!known && room.worldId.equals(e.worldId())) {
                WorldLoader.add(room, e);
                // The player may have joined before their entity arrived: the avatar model refits the avatar now,
                // keeping the damage it took.
                room.clients.stream().filter(c -> c.userId.equals(e.ownerId()) && c.avatar.standsFor == null)
                        .forEach(c -> room.membership.fit(c.avatar, c.userId, false));
            }
        }
    }

    /**
     * Tick thread of a room whose world was designed anew: removed and changed designed entities leave (a changed
     * one comes back as stored now, with a new handle), added ones come in. A body a player flies is left alone.
     */
    static void redesigned(Room room, List<EntityView> views, Set<String> changed, Set<String> removed) {
        for (Body b : new ArrayList<>(room.bodies)) {
            if ((removed.contains(b.id) || changed.contains(b.id)) && room.clients.stream().noneMatch(c -> c.avatar == b)) {
                room.removeBody(b);
            }
        }
        room.owned.values().forEach(entities -> {
            entities.keySet().removeAll(removed);
            entities.keySet().removeAll(changed);
        });
        for (EntityView e : views) {
            if (room.worldId.equals(e.worldId()) && room.bodies.stream().noneMatch(b -> b.id.equals(e.id()))) {
                WorldLoader.add(room, e);
            }
        }
    }
}
