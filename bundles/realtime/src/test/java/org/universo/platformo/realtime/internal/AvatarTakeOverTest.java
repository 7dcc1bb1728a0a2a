package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.realtime.client.RoomClient;

/**
 * A player flies their own stored entity, not a copy of it: one body, its pose written back, its look kept; it stays
 * in the world, still, when they leave, and is theirs again when they come back.
 */
class AvatarTakeOverTest {
    private static final String CAR = "{\"Transform\":{\"position\":{\"x\":0,\"y\":0,\"z\":-50},\"rotation\":{\"x\":0,"
            + "\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Vehicle\":{\"maxSpeed\":90},"
            + "\"Visual\":{\"model\":\"red-car\"}}";
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void thePlayersEntityIsTheirAvatarAndStaysInTheWorldWhenTheyLeave() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("w", "alice-car", "alice", CAR);
        manager = TestRooms.manager(store, TestRooms.config(Map.of("writeback_seconds", 1)));
        manager.addAvatarModel(TestRooms.DRIVEN, Map.of("service.id", 1L));
        Room room = manager.room("w", "1");
        RoomClient bob = TestRooms.join(manager, room, "bob", true, null);
        RoomClient alice = TestRooms.join(manager, room, "alice", true, null);
        Event welcome = alice.welcome().get(10, TimeUnit.SECONDS);
        assertEquals("alice-car", welcome.payload().get("entityId"));
        @SuppressWarnings("unchecked")
        Map<String, Object> limits = (Map<String, Object>) welcome.payload().get("limits");
        assertEquals(90.0, ((Number) limits.get("maxSpeed")).doubleValue());
        bob.welcome().get(10, TimeUnit.SECONDS);
        TestRooms.await(() -> bob.state().containsKey("alice-car"));
        assertEquals(Map.of("model", "red-car", "scale", Map.of("x", 1.0, "y", 1.0, "z", 1.0)),
                bob.state().get("alice-car").components().get("Visual"), "the entity keeps its own look, at its scale");
        assertEquals(2, bob.state().size(), "bob's avatar and alice's car, no copy of it: " + bob.state().keySet());

        for (int i = 0; i < 30; i++) {
            alice.sendIntent(IntentPayload.of(new Move(new Vec3(0, 0, 1), 0, 0, 0)));
        }
        TestRooms.await(() -> bob.state().get("alice-car").pos().z() < -51);
        TestRooms.await(() -> lastTransform(store) != null && lastTransform(store).data().at("/position/z").asDouble()
                < -51);

        alice.close();
        room.submit(r -> r.clients.stream().filter(c -> c.userId.equals("alice")).toList()
                .forEach(c -> r.membership.leave(c, "timeout")));
        TestRooms.await(() -> room.bodies.stream().anyMatch(b -> b.id.equals("alice-car") && b.kind == Body.Kind.STATIC));
        double parked = bob.state().get("alice-car").pos().z();
        long tick = bob.tick();
        TestRooms.await(() -> bob.tick() > tick + 10);
        assertTrue(bob.state().containsKey("alice-car"), "it stays in the world");
        assertEquals(parked, bob.state().get("alice-car").pos().z(), 0.5, "still");

        RoomClient back = TestRooms.join(manager, room, "alice", true, null);
        assertEquals("alice-car", back.welcome().get(10, TimeUnit.SECONDS).payload().get("entityId"));
        TestRooms.await(() -> bob.state().size() == 2);
    }

    private static ComponentWrite lastTransform(TestRooms.Store store) {
        List<ComponentWrite> all = store.batches.stream().flatMap(List::stream)
                .filter(w -> w.entityId().equals("alice-car") && w.type().equals("Transform")).toList();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
