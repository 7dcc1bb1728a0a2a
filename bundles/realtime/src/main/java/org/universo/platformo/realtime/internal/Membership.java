package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.protocol.Event;

/**
 * Joining, leaving and coming back. A dropped player's avatar waits for the reconnection window; the reconnection token
 * (sent only to that player, in the {@code system.welcome} event) and the same user bring it back.
 */
final class Membership {
    private static final double SPAWN_RING = 20;
    private static final com.fasterxml.jackson.databind.JsonNode DEFAULT_LOOK =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("model", "avatar");
    private final Room room;
    private int spawned;

    Membership(Room room) {
        this.room = room;
    }

    /** A new avatar, or the waiting one of {@code reconnectToken}; null when the room is full (the link is closed). */
    Client join(String userId, Link link, String reconnectToken) {
        return join(userId, link, reconnectToken, false);
    }

    /** {@code seated}: the player holds a transfer ticket; their seat was reserved when their ship arrived. */
    Client join(String userId, Link link, String reconnectToken, boolean seated) {
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
        if (!seated && room.clients.size() >= room.settings.maxClients()) {
            link.close(1013, "room full");
            return null;
        }
        Body avatar = takeOver(userId);
        if (avatar != null) {
            fit(avatar, userId, false);
        } else {
            avatar = room.addBody("avatar-" + UUID.randomUUID(), Body.Kind.AVATAR, userId);
            spawn(avatar);
            avatar.show("Visual", DEFAULT_LOOK);
            fit(avatar, userId, true);
        }
        avatar.energy = avatar.limits(room.settings).energyMax();
        room.grid.update(avatar);
        avatar.history.record(room.tick, avatar.x, avatar.y, avatar.z);
        Client c = new Client(userId, avatar, link);
        room.clients.add(c);
        room.emptySinceMs = -1;
        room.metrics.clients(1);
        welcome(c, false);
        room.events.add(new Room.Pending(new Event("system.join", room.nowMs(), Map.of("userId", userId,
                "entityId", avatar.id)), avatar.handle, null));
        return c;
    }

    /** The stored body the avatar model names for the player, made their avatar; null: a fresh one. */
    private Body takeOver(String userId) {
        org.universo.platformo.realtime.spi.AvatarModel model = room.extensions.get().avatar();
        if (model == null) {
            return null;
        }
        String id;
        try {
            id = model.body(java.util.Collections.unmodifiableMap(room.owned.getOrDefault(userId, Map.of())))
                    .orElse(null);
        } catch (RuntimeException e) {
            Extensions.failed(room.metrics, "avatar_model", model, e);
            return null;
        }
        for (Body b : room.bodies) {
            if (b.id.equals(id) && b.stored && userId.equals(b.ownerId) && b.kind == Body.Kind.STATIC && b.orbit == null
                    && room.clients.stream().noneMatch(c -> c.avatar == b)) {
                b.kind = Body.Kind.AVATAR;
                return b;
            }
        }
        return null;
    }

    private void spawn(Body avatar) {
        double spread = room.settings.spawnSpread();
        if (spread > 0) {
            java.util.Random r = new java.util.Random(spawned++ * 31L + room.id.hashCode());
            avatar.x = (r.nextDouble() * 2 - 1) * spread;
            avatar.y = (r.nextDouble() * 2 - 1) * spread;
            avatar.z = (r.nextDouble() * 2 - 1) * spread;
        } else {
            double angle = 2 * Math.PI * (spawned++ % 8) / 8;
            avatar.x = SPAWN_RING * Math.cos(angle);
            avatar.z = SPAWN_RING * Math.sin(angle);
        }
    }

    /**
     * The avatar model fits the avatar from what the player owns in the world ({@code restore} false: their entity
     * arrived after the join, the avatar keeps the damage it took). A faulty model leaves the room's defaults.
     */
    void fit(Body avatar, String userId, boolean restore) {
        org.universo.platformo.realtime.spi.AvatarModel model = room.extensions.get().avatar();
        if (model == null) {
            return;
        }
        java.util.Optional<org.universo.platformo.realtime.spi.AvatarFit> fit;
        avatar.binding = true;
        try {
            fit = model.fit(avatar, java.util.Collections.unmodifiableMap(room.owned.getOrDefault(userId, Map.of())),
                    restore);
        } catch (RuntimeException e) {
            Extensions.failed(room.metrics, "avatar_model", model, e);
            return;
        } finally {
            avatar.binding = false;
        }
        fit.ifPresent(f -> {
            avatar.standsFor = f.entityId();
            if (f.limits() != null) {
                var l = f.limits();
                avatar.limits = new Motion.Limits(l.maxSpeed(), l.acceleration(), l.turnRate(), l.energy(), l.drain(),
                        l.regen());
            }
            // a player's own entity keeps the look it was given; a fresh avatar takes the model's
            f.replicated().forEach((type, data) -> {
                if (!avatar.stored || !avatar.data.containsKey(type)) {
                    avatar.show(type, room.json.mapper().valueToTree(data));
                }
            });
        });
    }

    private void welcome(Client c, boolean reconnected) {
        RoomSettings s = room.settings;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("roomId", room.id);
        p.put("entityId", c.avatar.id);
        p.put("reconnectToken", c.reconnectToken);
        p.put("reconnected", reconnected);
        p.put("tickHz", s.tickHz());
        p.put("snapshotHz", s.snapshotHz());
        p.put("interpolationDelayMs", s.interpolationDelayMs());
        p.put("reconnectWindowSeconds", s.reconnectWindowMs() / 1000);
        Motion.Limits l = c.avatar.limits(s);
        p.put("limits", Map.of("maxSpeed", l.maxSpeed(), "acceleration", l.accel(), "turnRate", l.turnRate(),
                "energy", l.energyMax(), "drain", l.drain(), "regen", l.regen()));
        room.events.add(new Room.Pending(new Event("system.welcome", room.nowMs(), p), -2, c));
    }

    /** The connection dropped: the avatar coasts, waiting for the owner. */
    void detach(Client c) {
        if (!c.attached()) {
            return;
        }
        c.link = null;
        c.detachedUntilMs = room.nowMs() + room.settings.reconnectWindowMs();
        c.input = Motion.Input.IDLE;
        c.inputs.clear();
        room.metrics.clients(-1);
    }

    void leave(Client c, String reason) {
        if (c.attached()) {
            room.metrics.clients(-1);
            c.link = null;
        }
        room.clients.remove(c);
        if (c.avatar.stored && room.bodies.contains(c.avatar)) {
            // the player's own entity stays in the world where they left it
            c.avatar.kind = Body.Kind.STATIC;
            c.avatar.vx = 0;
            c.avatar.vy = 0;
            c.avatar.vz = 0;
            c.avatar.moved = true;
        } else {
            room.removeBody(c.avatar);
        }
        room.events.add(new Room.Pending(new Event("system.leave", room.nowMs(), Map.of("userId", c.userId,
                "entityId", c.avatar.id, "reason", reason)), c.avatar.handle, null));
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
