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
        TestRooms.await(() -> Map.of("model", "crystal").equals(alice.state().get("changed").components()
                .get("Visual")));
        assertEquals(35, alice.state().get("changed").pos().x(), 0.01);
        assertEquals(10, alice.state().get("kept").pos().x(), 0.01);
        manager.designed("elsewhere", List.of(), List.of(), List.of("kept"));
        long tick = alice.tick();
        TestRooms.await(() -> alice.tick() > tick + 5);
        org.junit.jupiter.api.Assertions.assertTrue(alice.state().containsKey("kept"), "another world's design is not this room's");
    }
}
