package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.combat.internal.CombatComponent;
import org.universo.platformo.combat.internal.FireGateComponent;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.spacegame.rooms.internal.Defences;
import org.universo.platformo.spacegame.rooms.internal.FireHandler;
import org.universo.platformo.spacegame.rooms.internal.ShipAvatars;
import org.universo.platformo.spacegame.rooms.internal.SpacegameRoomsConfig;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.ships.internal.BaseCatalog;
import org.universo.platformo.ships.internal.ShipsComponent;

/**
 * A real room with the space game plugged in through the room SPI, on the real ships and combat rules: fitted weapons
 * only, one fire gate, layered damage, Integrity written back.
 */
class ShotsTest {
    private static final String STATION = "{\"Transform\":{\"position\":{\"x\":20,\"y\":0,\"z\":-150},\"rotation\":"
            + "{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Integrity\":{\"shield\":"
            + "{\"current\":50,\"max\":50,\"resist\":{\"thermal\":0.5}},\"armor\":{\"current\":50,\"max\":50},"
            + "\"hull\":{\"current\":100,\"max\":100}},\"Visual\":{\"model\":\"station\"}}";
    private static final String SHIP = "{\"Ship\":{\"shipTypeId\":\"core.shuttle\",\"modules\":[\"core.pulse-laser\","
            + "\"core.afterburner\"],\"massKg\":21000,\"maxSpeed\":90,\"acceleration\":30,\"turnRate\":1.5,"
            + "\"energyCapacity\":100,\"energyRecharge\":10}}";
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void aFittedShipFiresItsWeaponThroughTheDamageLayersAndTheRoomWritesIntegrityBack() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("station", STATION);
        store.add("alice-ship", SHIP);
        manager = TestRooms.manager(store, TestRooms.config(Map.of("writeback_seconds", 1)));
        ShipsComponent ships = new ShipsComponent();
        ships.addProvider(new BaseCatalog(), Map.of("service.id", 1L));
        CombatComponent rules = new CombatComponent(ships);
        SpacegameRoomsConfig config = defaults();
        manager.addAvatarModel(new ShipAvatars(rules, config), Map.of("service.id", 10L));
        manager.addBodyBinding(new Defences(rules), Map.of("service.id", 11L));
        FireHandler fire = new FireHandler(rules, new FireGateComponent(), config);
        fire.visuals = i -> i.shield().current() < i.shield().max() ? "shields-hit" : "intact";
        manager.addIntentHandler(fire, Map.of("service.id", 12L, IntentHandler.KIND, "fire"));
        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "owner", true, null);
        List<Event> events = new CopyOnWriteArrayList<>();
        alice.onEvent(events::add);
        Event welcome = alice.welcome().get(10, TimeUnit.SECONDS);
        @SuppressWarnings("unchecked")
        Map<String, Object> limits = (Map<String, Object>) welcome.payload().get("limits");
        assertEquals(90.0, ((Number) limits.get("maxSpeed")).doubleValue(), "limits come from the Ship component");

        alice.sendIntent(new IntentPayload(null, new Fire("laser", "station"), null, null));
        alice.sendIntent(new IntentPayload(null, new Fire("core.pulse-laser", "station"), null, null));
        alice.sendIntent(new IntentPayload(null, new Fire("core.pulse-laser", "station"), null, null));
        TestRooms.await(() -> hits(events) >= 1);
        long tick = alice.tick();
        TestRooms.await(() -> alice.tick() > tick + 10);
        assertEquals(1, hits(events), "the room's default laser is not fitted, the second shot is in cooldown");
        Event hit = events.stream().filter(e -> e.topic().equals("combat.hit")).findFirst().orElseThrow();
        // em 6 + thermal 4 at 50 % on the shield
        assertEquals(8.0, ((Number) hit.payload().get("damage")).doubleValue(), 1e-9);
        assertEquals("shield", hit.payload().get("layer"));
        assertEquals("em", hit.payload().get("damageType"));

        TestRooms.await(() -> "shields-hit".equals(visualState(alice)));
        assertEquals("station", ((Map<?, ?>) alice.state().get("station").components().get("Visual")).get("model"),
                "the rest of the Visual is kept");

        TestRooms.await(() -> integrityWritten(store) != null);
        JsonNode written = integrityWritten(store).data();
        assertEquals(42, written.at("/shield/current").asDouble(), 1e-9);
        assertEquals(50, written.at("/armor/current").asDouble(), 1e-9);
    }

    static SpacegameRoomsConfig defaults() {
        return (SpacegameRoomsConfig) java.lang.reflect.Proxy.newProxyInstance(SpacegameRoomsConfig.class
                .getClassLoader(), new Class<?>[] {SpacegameRoomsConfig.class}, (proxy, method, args) ->
                method.getName().equals("annotationType") ? SpacegameRoomsConfig.class : method.getDefaultValue());
    }

    private static Object visualState(RoomClient c) {
        var station = c.state().get("station");
        return station == null || !(station.components().get("Visual") instanceof Map<?, ?> v) ? null : v.get("state");
    }

    private static long hits(List<Event> events) {
        return events.stream().filter(e -> e.topic().equals("combat.hit")).count();
    }

    private static ComponentWrite integrityWritten(TestRooms.Store store) {
        return store.batches.stream().flatMap(List::stream).filter(w -> w.type().equals("Integrity")
                && w.entityId().equals("station")).findFirst().orElse(null);
    }
}
