package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.universo.platformo.realtime.Rooms;
import org.universo.platformo.realtime.client.RoomClient;

/** EventAdmin events naming users reach exactly those users' room clients. */
class PlayerEventsTest {
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        manager.deactivate();
    }

    @Test
    void anEventForAPlayerReachesOnlyThatPlayer() throws Exception {
        manager = TestRooms.manager(new TestRooms.Store(), TestRooms.config(Map.of()));
        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "alice", false, null);
        RoomClient bob = TestRooms.join(manager, room, "bob", true, null);
        List<org.universo.platformo.api.protocol.Event> toAlice = new CopyOnWriteArrayList<>();
        List<org.universo.platformo.api.protocol.Event> toBob = new CopyOnWriteArrayList<>();
        alice.onEvent(toAlice::add);
        bob.onEvent(toBob::add);
        alice.welcome().get(10, TimeUnit.SECONDS);
        bob.welcome().get(10, TimeUnit.SECONDS);
        PlayerEvents events = new PlayerEvents(manager);
        Map<String, Object> props = new HashMap<>();
        props.put(Rooms.EVENT_USERS, new String[] {"alice"});
        props.put(Rooms.EVENT_TOPIC, "trading.order.placed");
        props.put(Rooms.EVENT_PAYLOAD, Map.of("orderId", "o1"));
        events.handleEvent(new Event("org/universo/mmoomm/trading/order/placed", props));
        events.handleEvent(new Event("org/universo/mmoomm/other", Map.of("universo.users", "not an array")));
        long until = System.currentTimeMillis() + 10_000;
        while (toAlice.stream().noneMatch(e -> e.topic().equals("trading.order.placed"))
                && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        var got = toAlice.stream().filter(e -> e.topic().equals("trading.order.placed")).findFirst().orElseThrow();
        assertEquals("o1", got.payload().get("orderId"));
        long tick = bob.tick();
        while (bob.tick() < tick + 5 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertTrue(toBob.stream().noneMatch(e -> e.topic().startsWith("trading")), "bob is not told");
    }
}
