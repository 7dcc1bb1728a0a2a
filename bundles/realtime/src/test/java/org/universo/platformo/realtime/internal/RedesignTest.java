package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.realtime.client.RoomClient;

/** A world designed anew while its room runs: what went leaves, what came appears, what changed is as stored now. */
class RedesignTest {
    private static final String ROCK = "{\"Transform\":{\"position\":{\"x\":%s,\"y\":0,\"z\":-50},\"rotation\":{\"x\":0,"
            + "\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Visual\":{\"model\":\"%s\"}}";
    private static final String SIZED = "{\"Transform\":{\"position\":{\"x\":0,\"y\":0,\"z\":-50},\"rotation\":{\"x\":0,"
            + "\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":%s,\"y\":%s,\"z\":%s}},\"Visual\":{\"model\":\"asteroid\"}}";
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void theRunningRoomTakesTheNewDesign() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("w", "kept", "unik", String.format(ROCK, 10, "rock"));
        store.add("w", "gone", "unik", String.format(ROCK, 20, "rock"));
        store.add("w", "changed", "unik", String.format(ROCK, 30, "rock"));
        manager = TestRooms.manager(store, TestRooms.config(Map.of()));
        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "alice", true, null);
        alice.welcome().get(10, TimeUnit.SECONDS);
        TestRooms.await(() -> alice.state().keySet().containsAll(List.of("kept", "gone", "changed")));

        store.world.removeIf(e -> e.id().equals("gone") || e.id().equals("changed"));
        store.add("w", "changed", "unik", String.format(ROCK, 35, "crystal"));
        store.add("w", "new", "unik", String.format(ROCK, 40, "rock"));
        manager.designed("w", List.of("new"), List.of("changed"), List.of("gone"));
        TestRooms.await(() -> alice.state().containsKey("new") && !alice.state().containsKey("gone"));
        TestRooms.await(() -> "crystal".equals(((Map<?, ?>) alice.state().get("changed").components()
                .get("Visual")).get("model")));
        assertEquals(35, alice.state().get("changed").pos().x(), 0.01);
        assertEquals(10, alice.state().get("kept").pos().x(), 0.01);
        manager.designed("elsewhere", List.of(), List.of(), List.of("kept"));
        long tick = alice.tick();
        TestRooms.await(() -> alice.tick() > tick + 5);
        org.junit.jupiter.api.Assertions.assertTrue(alice.state().containsKey("kept"), "another world's design is not this room's");
    }

    /** A stored body is as large as it is drawn: its collision sphere and the Visual clients draw follow its scale. */
    @Test
    void theCollisionSphereAndTheDrawnSizeFollowTheTransformsScale() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("w", "boulder", "unik", String.format(SIZED, 20, 12, -16));
        store.add("w", "pebble", "unik", String.format(SIZED, 1, 1, 1));
        manager = TestRooms.manager(store, TestRooms.config(Map.of()));
        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "alice", true, null);
        alice.welcome().get(10, TimeUnit.SECONDS);
        TestRooms.await(() -> alice.state().containsKey("boulder") && alice.state().containsKey("pebble"));
        assertEquals(10, radius(room, "boulder"), 1e-9, "half the largest extent of a unit primitive");
        assertEquals(0.5, radius(room, "pebble"), 1e-9);
        assertEquals(Map.of("x", 20.0, "y", 12.0, "z", -16.0),
                ((Map<?, ?>) alice.state().get("boulder").components().get("Visual")).get("scale"),
                "clients draw it at the scale it collides at");
        assertEquals(Body.DEFAULT_RADIUS, room.bodies.stream().filter(b -> b.id.equals(alice.entityId())).findFirst()
                .orElseThrow().radius, 1e-9, "a fresh avatar, with no Transform of its own");
    }

    private static double radius(Room room, String id) {
        return room.bodies.stream().filter(b -> b.id.equals(id)).findFirst().orElseThrow().radius;
    }
}
