package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Interact;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.UseModule;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.realtime.spi.BodyBinding;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RoomSystem;

/**
 * The room SPI in a running room: intent actions reach the handler of their kind, systems run in order each tick,
 * bindings read stored entities and what they set is not written back, what extensions change later is; a faulty
 * extension costs its call only; handlers coming and going reach a room that keeps running.
 */
class RoomExtensionsTest {
    private static final String BEACON = "{\"Transform\":{\"position\":{\"x\":20,\"y\":0,\"z\":-100},\"rotation\":"
            + "{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Beacon\":{\"charge\":3}}";
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void actionsSystemsAndBindingsPlugInAndAFaultyOneCostsOnlyItsCall() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("beacon", BEACON);
        manager = TestRooms.manager(store, TestRooms.config(Map.of("writeback_seconds", 1)));
        List<String> order = new CopyOnWriteArrayList<>();
        RoomSystem second = (room, dt) -> order.add("second");
        RoomSystem first = (room, dt) -> order.add("first");
        manager.addSystem(second, Map.of("service.id", 1L, RoomSystem.ORDER, 20));
        manager.addSystem(first, Map.of("service.id", 2L, RoomSystem.ORDER, "10"));
        manager.addSystem((room, dt) -> {
            throw new IllegalStateException("a faulty system");
        }, Map.of("service.id", 3L, RoomSystem.ORDER, 15));
        BodyBinding beacons = (room, body, components) -> {
            if (components.containsKey("Beacon")) {
                body.component("Charge", components.get("Beacon").path("charge"));
            }
        };
        manager.addBodyBinding(beacons, Map.of("service.id", 4L));
        List<String> interactions = new CopyOnWriteArrayList<>();
        IntentHandler interact = (room, actor, action, t) -> {
            interactions.add(action.path("action").asText() + ":" + action.path("targetId").asText());
            room.ray(actor, 500, null, t).ifPresent(hit -> {
                hit.body().component("Charge", JsonNodeFactory.instance.numberNode(
                        hit.body().component("Charge").asInt() - 1));
                room.event("beacon.touched", Map.of("by", actor.ownerId()), hit.body(), actor);
            });
        };
        manager.addIntentHandler(interact, Map.of("service.id", 5L, IntentHandler.KIND, "interact"));
        manager.addIntentHandler((room, actor, action, t) -> {
            throw new IllegalStateException("a faulty handler");
        }, Map.of("service.id", 6L, IntentHandler.KIND, "use_module"));

        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "alice", true, null);
        List<Event> events = new CopyOnWriteArrayList<>();
        alice.onEvent(events::add);
        alice.welcome().get(10, TimeUnit.SECONDS);
        TestRooms.await(() -> order.size() >= 6);
        List<String> seen = List.copyOf(order);
        for (int i = 0; i + 1 < seen.size(); i += 2) {
            assertEquals(List.of("first", "second"), seen.subList(i, i + 2), "lower order first, every tick");
        }

        alice.sendIntent(new IntentPayload(null, null, new UseModule("core.drill", Map.of()), null));
        alice.sendIntent(new IntentPayload(null, null, null, new Interact("touch", "beacon")));
        TestRooms.await(() -> events.stream().anyMatch(e -> e.topic().equals("beacon.touched")));
        assertEquals(List.of("touch:beacon"), interactions, "after the faulty handler threw, the room went on");
        TestRooms.await(() -> written(store, "Charge") != null);
        assertEquals(2, written(store, "Charge").data().asInt(), "a change after binding is written back");
        assertEquals(1, store.batches.stream().flatMap(List::stream).filter(w -> w.type().equals("Charge")).count(),
                "what the binding set at load is the loaded state, not a write");

        manager.removeIntentHandler(interact);
        alice.sendIntent(new IntentPayload(null, null, null, new Interact("touch", "beacon")));
        long tick = alice.tick();
        TestRooms.await(() -> alice.tick() > tick + 5);
        assertEquals(1, interactions.size(), "a handler gone is not called");
        manager.addIntentHandler(interact, Map.of("service.id", 7L, IntentHandler.KIND, "interact"));
        alice.sendIntent(new IntentPayload(null, null, null, new Interact("touch", "beacon")));
        TestRooms.await(() -> interactions.size() == 2);
        assertFalse(alice.closed().isDone(), "the room ran through all of it");
        assertTrue(room.bodies.stream().anyMatch(b -> b.id.equals("beacon")));
    }

    @Test
    void aBindingNamesTheComponentsClientsSeeWhileItIsRegistered() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("beacon", BEACON);
        manager = TestRooms.manager(store, TestRooms.config(Map.of()));
        BodyBinding beacons = (room, body, components) -> {
            if (components.containsKey("Beacon")) {
                body.component("Charge", components.get("Beacon").path("charge"));
            }
        };
        manager.addBodyBinding(beacons, Map.of("service.id", 1L));
        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "alice", true, null);
        alice.welcome().get(10, TimeUnit.SECONDS);
        TestRooms.await(() -> alice.state().containsKey("beacon"));
        assertEquals(null, charge(alice), "a component neither configured nor named by a binding stays on the server");

        manager.removeBodyBinding(beacons);
        manager.addBodyBinding(beacons, Map.of("service.id", 2L, BodyBinding.REPLICATES, new String[] {"Charge"}));
        room.submit(r -> r.bodies.stream().filter(b -> b.id.equals("beacon")).findFirst()
                .ifPresent(b -> b.component("Charge", JsonNodeFactory.instance.numberNode(5))));
        TestRooms.await(() -> charge(alice) != null);
        assertEquals(5, ((Number) charge(alice)).intValue(), "the binding's component reaches clients as it changes");
    }

    private static Object charge(RoomClient client) {
        var e = client.state().get("beacon");
        return e == null || e.components() == null ? null : e.components().get("Charge");
    }

    private static ComponentWrite written(TestRooms.Store store, String type) {
        return store.batches.stream().flatMap(List::stream).filter(w -> w.type().equals(type)).reduce((a, b) -> b)
                .orElse(null);
    }
}
