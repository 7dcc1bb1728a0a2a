package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.realtime.client.Transport;

/** Rooms without Karaf: an in-memory entity store, links that hand frames straight to a {@link RoomClient}. */
final class TestRooms {
    static final ObjectMapper JSON = new ObjectMapper();

    private TestRooms() {
    }

    /** A store holding the given entities, recording the batches written to it. */
    static class Store implements EntityStore {
        @Override
        public org.universo.platformo.ecs.DesignResult design(String worldId, String ownerId,
                List<org.universo.platformo.ecs.DesignedEntity> design) {
            throw new UnsupportedOperationException("not a design store");
        }

        final List<EntityView> world = new CopyOnWriteArrayList<>();
        final List<List<ComponentWrite>> batches = new CopyOnWriteArrayList<>();

        EntityView add(String id, String json) {
            return add("w", id, "owner", json);
        }

        EntityView add(String worldId, String id, String owner, String json) {
            try {
                Map<String, ComponentValue> comps = new java.util.TreeMap<>();
                JSON.readTree(json).fields().forEachRemaining(f -> comps.put(f.getKey(), new ComponentValue(1, f.getValue())));
                EntityView e = new EntityView(id, worldId, owner, null, null, id, comps, List.of(), Instant.EPOCH,
                        Instant.EPOCH);
                world.add(e);
                return e;
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        public List<EntityView> loadWorld(String worldId) {
            return world.stream().filter(e -> e.worldId().equals(worldId)).toList();
        }

        @Override
        public List<EntityView> loadOwned(String worldId, String ownerId) {
            return loadWorld(worldId).stream().filter(e -> ownerId.equals(e.ownerId())).toList();
        }

        @Override
        public EntityView create(org.universo.platformo.auth.api.AuthPrincipal owner,
                org.universo.platformo.ecs.Inputs.EntityCreate in) {
            throw new UnsupportedOperationException("rooms create nothing");
        }

        @Override
        public java.util.Optional<EntityView> find(String entityId) {
            return world.stream().filter(e -> e.id().equals(entityId)).findFirst();
        }

        @Override
        public WriteResult write(List<ComponentWrite> writes) {
            batches.add(writes);
            return new WriteResult(writes.stream().map(w -> new WriteResult.Written(w.entityId(), w.type(),
                    w.expectedVersion() + 1)).toList(), List.of());
        }

        @Override
        public WriteResult write(String worldId, List<ComponentWrite> writes) {
            List<ComponentWrite> here = writes.stream().filter(w -> find(w.entityId())
                    .filter(e -> e.worldId().equals(worldId)).isPresent()).toList();
            WriteResult r = write(here);
            return new WriteResult(r.written(), writes.stream().filter(w -> !here.contains(w))
                    .map(w -> new WriteResult.Conflict(w.entityId(), w.type(), w.expectedVersion(), null)).toList());
        }

        /** Moves the entity only; rooms hear of it from the test, as they would from EventAdmin. */
        @Override
        public synchronized EntityView move(String entityId, String toWorldId, List<ComponentWrite> writes) {
            EntityView e = find(entityId).orElseThrow();
            EntityView moved = new EntityView(e.id(), toWorldId, e.ownerId(), null, null, e.name(), e.components(),
                    List.of(), e.createdAt(), Instant.now());
            world.set(world.indexOf(e), moved);
            return moved;
        }
    }

    /** Both ends in one: the room's {@link Link} and the client's {@link Transport}. */
    static final class Pipe implements Link, Transport {
        final boolean binary;
        RoomClient client;
        Connection connection;
        volatile int closedWith = -1;

        Pipe(boolean binary) {
            this.binary = binary;
        }

        @Override
        public boolean binary() {
            return binary;
        }

        @Override
        public void send(ByteBuffer frame, Runnable done) {
            client.binary(frame);
            done.run();
        }

        @Override
        public void send(String text, Runnable done) {
            client.text(text);
            done.run();
        }

        @Override
        public void close(int code, String reason) {
            closedWith = code;
            client.closed(code, reason);
        }

        @Override
        public java.util.concurrent.CompletableFuture<Void> send(ByteBuffer frame) {
            connection.binary(frame);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public java.util.concurrent.CompletableFuture<Void> send(String frame) {
            connection.text(frame);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    static RealtimeConfig config(Map<String, Object> overrides) {
        return (RealtimeConfig) java.lang.reflect.Proxy.newProxyInstance(RealtimeConfig.class.getClassLoader(),
                new Class<?>[] {RealtimeConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return RealtimeConfig.class;
                    }
                    Object o = overrides.get(method.getName());
                    return o != null ? o : method.getDefaultValue();
                });
    }

    static RoomManager manager(Store store, RealtimeConfig config) {
        return new RoomManager(token -> new org.universo.platformo.auth.api.AuthPrincipal(token, "s", java.util.Set.of(),
                "local"), store, OPEN, new RoomMetrics(), config);
    }

    /**
     * A domain's avatar model as a test sees one: the player's avatar stands for the first entity they own with a
     * Vehicle component, and moves with its maxSpeed.
     */
    static final org.universo.platformo.realtime.spi.AvatarModel VEHICLES = new Vehicles(false);

    /** As {@link #VEHICLES}, and the player flies their vehicle entity itself when it has a Transform. */
    static final org.universo.platformo.realtime.spi.AvatarModel DRIVEN = new Vehicles(true);

    private record Vehicles(boolean drive) implements org.universo.platformo.realtime.spi.AvatarModel {
        @Override
        public java.util.Optional<org.universo.platformo.realtime.spi.AvatarFit> fit(
                org.universo.platformo.realtime.spi.RoomBody avatar,
                Map<String, Map<String, com.fasterxml.jackson.databind.JsonNode>> owned, boolean restore) {
            return owned.entrySet().stream().filter(e -> e.getValue().containsKey("Vehicle")).findFirst().map(e -> {
                double max = e.getValue().get("Vehicle").path("maxSpeed").asDouble();
                return new org.universo.platformo.realtime.spi.AvatarFit(e.getKey(),
                        new org.universo.platformo.realtime.spi.AvatarLimits(max, 30, 1.5, 100, 5, 10),
                        Map.of("Visual", Map.of("model", "vehicle")));
            });
        }

        @Override
        public java.util.Optional<String> body(Map<String, Map<String, com.fasterxml.jackson.databind.JsonNode>> owned) {
            return drive ? owned.entrySet().stream().filter(e -> e.getValue().containsKey("Vehicle")
                    && e.getValue().containsKey("Transform")).map(Map.Entry::getKey).findFirst()
                    : java.util.Optional.empty();
        }
    }

    /** A client joined to the room through a pipe, as user {@code userId}. */
    static RoomClient join(RoomManager manager, Room room, String userId, boolean binary, String reconnect) {
        Pipe pipe = new Pipe(binary);
        RoomClient c = RoomClient.over(pipe, new RoomClient.Options(!binary, reconnect));
        pipe.client = c;
        pipe.connection = new Connection(manager, room, pipe, userId, "session-" + userId);
        Connection conn = pipe.connection;
        room.submit(r -> conn.client = r.membership.join(userId, pipe, reconnect));
        return c;
    }

    /** Waits up to 10 s for {@code condition}, failing the test when it never holds. */
    /** Every world admits everybody as a player: these tests are about rooms, not about who may enter them. */
    static final org.universo.platformo.ecs.WorldAccess OPEN = new org.universo.platformo.ecs.WorldAccess() {
        @Override
        public org.universo.platformo.ecs.WorldRole role(org.universo.platformo.auth.api.AuthPrincipal user, String w) {
            return org.universo.platformo.ecs.WorldRole.PLAYER;
        }

        @Override
        public java.util.Optional<org.universo.platformo.ecs.World> world(String worldId) {
            return java.util.Optional.empty();
        }

        @Override
        public org.universo.platformo.ecs.World open(String worldId, String name, String ownerKind, String ownerId,
                org.universo.platformo.ecs.World.Visibility visibility) {
            throw new UnsupportedOperationException();
        }
    };

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            org.junit.jupiter.api.Assertions.assertTrue(System.currentTimeMillis() < end, "timed out");
            Thread.sleep(10);
        }
    }
}
