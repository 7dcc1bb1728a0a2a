package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.protocol.Event;

/**
 * Joining, leaving and coming back. A dropped player's ship waits for the reconnection window; the reconnection token
 * (sent only to that player, in the {@code system.welcome} event) and the same user bring it back.
 */
final class Membership {
    private static final double SPAWN_RING = 20;
    private final Room room;
    private int spawned;

    Membership(Room room) {
        this.room = room;
    }

    /** A new ship, or the waiting one of {@code reconnectToken}; null when the room is full (the link is closed). */
    Client join(String userId, Link link, String reconnectToken) {
        for (Client c : room.clients) {
            if (reconnectToken != null && reconnectToken.equals(c.reconnectToken) && c.userId.equals(userId)
                    && !c.attached()) {
                c.link = link;
                c.views.clear();
                c.ackTick = -1;
                c.inputs.clear();
                room.metrics.clients(1);
                welcome(c, true);
                return c;
            }
        }
        if (room.clients.size() >= room.settings.maxClients()) {
            link.close(1013, "room full");
            return null;
        }
        Body ship = room.addBody("ship-" + UUID.randomUUID(), Body.Kind.SHIP, userId);
        double spread = room.settings.spawnSpread();
        if (spread > 0) {
            java.util.Random r = new java.util.Random(spawned++ * 31L + room.id.hashCode());
            ship.x = (r.nextDouble() * 2 - 1) * spread;
            ship.y = (r.nextDouble() * 2 - 1) * spread;
            ship.z = (r.nextDouble() * 2 - 1) * spread;
        } else {
            double angle = 2 * Math.PI * (spawned++ % 8) / 8;
            ship.x = SPAWN_RING * Math.cos(angle);
            ship.z = SPAWN_RING * Math.sin(angle);
        }
        ship.health = 100;
        ship.maxHealth = 100;
        Loadout.fit(room, ship, userId);
        ship.energy = ship.limits(room.settings).energyMax();
        WorldLoader.replicate(room, ship, Map.of("Visual", Map.of("model", "ship")));
        room.grid.update(ship);
        ship.history.record(room.tick, ship.x, ship.y, ship.z);
        Client c = new Client(userId, ship, link);
        room.clients.add(c);
        room.emptySinceMs = -1;
        room.metrics.clients(1);
        welcome(c, false);
        room.events.add(new Room.Pending(new Event("system.join", room.nowMs(), Map.of("userId", userId,
                "entityId", ship.id)), ship.handle, null));
        return c;
    }

    private void welcome(Client c, boolean reconnected) {
        RoomSettings s = room.settings;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("roomId", room.id);
        p.put("entityId", c.ship.id);
        p.put("reconnectToken", c.reconnectToken);
        p.put("reconnected", reconnected);
        p.put("tickHz", s.tickHz());
        p.put("snapshotHz", s.snapshotHz());
        p.put("interpolationDelayMs", s.interpolationDelayMs());
        p.put("reconnectWindowSeconds", s.reconnectWindowMs() / 1000);
        ShipModel.Limits l = c.ship.limits(s);
        p.put("limits", Map.of("maxSpeed", l.maxSpeed(), "acceleration", l.accel(), "turnRate", l.turnRate(),
                "energy", l.energyMax(), "drain", l.drain(), "regen", l.regen()));
        room.events.add(new Room.Pending(new Event("system.welcome", room.nowMs(), p), -2, c));
    }

    /** The connection dropped: the ship coasts, waiting for the owner. */
    void detach(Client c) {
        if (!c.attached()) {
            return;
        }
        c.link = null;
        c.detachedUntilMs = room.nowMs() + room.settings.reconnectWindowMs();
        c.input = ShipModel.Input.IDLE;
        c.inputs.clear();
        room.metrics.clients(-1);
    }

    void leave(Client c, String reason) {
        if (c.attached()) {
            room.metrics.clients(-1);
            c.link = null;
        }
        room.clients.remove(c);
        room.removeBody(c.ship);
        room.events.add(new Room.Pending(new Event("system.leave", room.nowMs(), Map.of("userId", c.userId,
                "entityId", c.ship.id, "reason", reason)), c.ship.handle, null));
    }

    void expire() {
        long now = room.nowMs();
        for (Client c : new ArrayList<>(room.clients)) {
            if (c.leaveAtMs > 0 && now > c.leaveAtMs) {
                if (c.attached()) {
                    c.link.close(1000, "transferred");
                }
                leave(c, "transfer");
            } else if (!c.attached() && now > c.detachedUntilMs) {
                leave(c, "timeout");
            }
        }
        if (room.clients.isEmpty() && room.emptySinceMs < 0) {
            room.emptySinceMs = now;
        }
    }

    boolean kick(String userId, String reason) {
        boolean any = false;
        for (Client c : new ArrayList<>(room.clients)) {
            if (c.userId.equals(userId)) {
                if (c.attached()) {
                    c.link.close(4003, reason == null ? "kicked" : reason);
                }
                leave(c, "kicked");
                any = true;
            }
        }
        return any;
    }
}
