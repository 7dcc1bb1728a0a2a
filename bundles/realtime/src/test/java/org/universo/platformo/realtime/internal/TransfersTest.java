package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.realtime.client.RoomClient;

/** The entity a player's avatar stands for moving to another world while rooms of both worlds run. */
class TransfersTest {
    private static final String POSE = "\"Transform\":{\"position\":{\"x\":10,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,"
            + "\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";
    private static final String VEHICLE = "{" + POSE + ",\"Vehicle\":{\"maxSpeed\":90}}";
    private static final String ROCK = "{" + POSE.replace("\"x\":10", "\"x\":40") + "}";
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void theOldRoomDropsTheEntityAndSendsItsPlayerOnTheNewRoomTakesIt() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("sol", "alice-ship", "alice", VEHICLE);
        store.add("sol", "rock", "npc", ROCK);
        manager = TestRooms.manager(store, TestRooms.config(Map.of("writeback_seconds", 1)));
        manager.addAvatarModel(TestRooms.VEHICLES, Map.of("service.id", 1L));
        Room sol = manager.room("sol", "1");
        Room vega = manager.room("vega", "1");
        RoomClient alice = TestRooms.join(manager, sol, "alice", true, null);
        RoomClient bob = TestRooms.join(manager, sol, "bob", true, null);
        RoomClient carol = TestRooms.join(manager, vega, "carol", true, null);
        List<Event> aliceEvents = new CopyOnWriteArrayList<>();
        List<Event> bobEvents = new CopyOnWriteArrayList<>();
        alice.onEvent(aliceEvents::add);
        bob.onEvent(bobEvents::add);
        alice.welcome().get(10, TimeUnit.SECONDS);
        carol.welcome().get(10, TimeUnit.SECONDS);
        TestRooms.await(() -> bob.state().containsKey("alice-ship") && bob.state().containsKey("rock"));
        assertFalse(carol.state().containsKey("alice-ship"));

        // as a write-back refused by the move leaves it: no longer marked stored, still to be dropped
        sol.submit(r -> r.bodies.stream().filter(b -> b.id.equals("alice-ship")).forEach(b -> b.stored = false));
        store.move("alice-ship", "vega", List.of());
        manager.moved(List.of("alice-ship"), "sol", "vega");

        TestRooms.await(() -> aliceEvents.stream().anyMatch(e -> e.topic().equals("system.transfer")));
        Event transfer = aliceEvents.stream().filter(e -> e.topic().equals("system.transfer")).findFirst().orElseThrow();
        assertEquals("vega", transfer.payload().get("worldId"));
        assertEquals("alice-ship", transfer.payload().get("entityId"));
        String ticket = (String) transfer.payload().get("transferToken");
        assertTrue(ticket.length() >= 43, "256 random bits: " + ticket);
        assertTrue(manager.tickets.redeem(ticket, "bob", "vega").isEmpty(), "another player's ticket is not bob's");
        assertTrue(manager.tickets.redeem(ticket, "alice", "sol").isEmpty(), "for the new world only");
        TestRooms.await(() -> !bob.state().containsKey("alice-ship") && carol.state().containsKey("alice-ship"));
        assertTrue(bob.state().containsKey("rock"), "what stays, stays");
        assertTrue(bobEvents.stream().noneMatch(e -> e.topic().equals("system.transfer")), "told to its owner only");
        assertEquals(1000, alice.closed().get(10, TimeUnit.SECONDS).intValue(),
                "the player's avatar leaves with a normal close after the grace");
        TestRooms.await(() -> bobEvents.stream().anyMatch(e -> e.topic().equals("system.leave")
                && "transfer".equals(e.payload().get("reason"))));

        RoomClient aliceThere = TestRooms.join(manager, vega, "alice", true, null);
        Event welcome = aliceThere.welcome().get(10, TimeUnit.SECONDS);
        @SuppressWarnings("unchecked")
        Map<String, Object> limits = (Map<String, Object>) welcome.payload().get("limits");
        assertEquals(90.0, ((Number) limits.get("maxSpeed")).doubleValue(), "fitted by the avatar model from the entity in its new world");
    }
}
