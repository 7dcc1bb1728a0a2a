package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.realtime.client.RoomClient;

class RoomTest {
    private static final String ORBIT = "{\"Transform\":{\"position\":{\"x\":300,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,"
            + "\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Visual\":{\"model\":\"rock\"},"
            + "\"Orbit\":{\"center\":{\"x\":0,\"y\":0,\"z\":0},\"radius\":300,\"angularSpeed\":0.5}}";
    private static final String FAR = ORBIT.replace("\"Orbit\"", "\"Ignored\"").replace("\"x\":300", "\"x\":5000");
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void playersGetTheWorldNearThemAndTheSameStateInBothEncodings() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("npc", ORBIT);
        store.add("far", FAR);
        manager = TestRooms.manager(store, TestRooms.config(Map.of()));
        Room room = manager.room("w", "1");
        RoomClient a = TestRooms.join(manager, room, "alice", true, null);
        RoomClient b = TestRooms.join(manager, room, "bob", false, null);
        TestRooms.await(() -> a.state().containsKey("npc") && b.state().containsKey("npc") && a.entityId() != null
                && b.entityId() != null && a.state().containsKey(b.entityId()));
        assertFalse(a.state().containsKey("far"));
        long tick = a.tick();
        var before = a.state().get("npc").pos();
        TestRooms.await(() -> a.tick() > tick + 20);
        var after = a.state().get("npc").pos();
        // 150 m/s on its circle: well over 50 m in 20 ticks, wherever on the circle the clock puts it
        assertTrue(Math.hypot(after.x() - before.x(), after.z() - before.z()) > 50, "the NPC orbits");
        a.sendIntent(IntentPayload.of(new Move(new Vec3(0, 0, 1), 0, 0, 0)));
        TestRooms.await(() -> a.state().get(a.entityId()).vel().z() < -0.5);
        TestRooms.await(() -> !store.batches.isEmpty());
        assertEquals("npc", store.batches.get(0).get(0).entityId(), "moved stored entities are written back");
    }

    @Test
    void ticksKeepTheirScheduleAndAnEmptyRoomWritesBackAndCloses() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("npc", ORBIT);
        manager = TestRooms.manager(store, TestRooms.config(Map.of("room_empty_grace_seconds", 1,
                "reconnect_window_seconds", 1, "writeback_seconds", 3600)));
        Room room = manager.room("w", "1");
        RoomClient a = TestRooms.join(manager, room, "alice", true, null);
        TestRooms.await(() -> a.tick() > 0);
        long t0 = System.nanoTime();
        long tick0 = room.tick;
        Thread.sleep(3000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(seconds * 30, room.tick - tick0, 2.0, "30 ticks a second, without drift");
        assertTrue(store.batches.isEmpty(), "no write-back before its time");
        room.submit(r -> r.clients.forEach(r.membership::detach));
        TestRooms.await(() -> room.closed);
        assertFalse(manager.list().stream().anyMatch(i -> i.roomId().equals("w:1")));
        TestRooms.await(() -> !store.batches.isEmpty());   // the closing write-back runs on the I/O executor
        assertEquals("npc", store.batches.get(0).get(0).entityId(), "the closing room wrote its moved entities");
        assertTrue(manager.room("w", "1") != room, "the next join starts a new room");
    }
}
