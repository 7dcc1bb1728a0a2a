package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.realtime.client.RoomClient;

/** A world's faults stay local: a bad entity, a failing tick, a room that has to close. */
class RoomFaultsTest {
    private static final String REST = ",\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";
    private static final String ORBIT = "{\"Transform\":{\"position\":{\"x\":300,\"y\":0,\"z\":0}" + REST
            + ",\"Orbit\":{\"center\":{\"x\":0,\"y\":0,\"z\":0},\"radius\":300,\"angularSpeed\":0.5}}";
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    /** Refuses, as the entity store's schema check does, any batch holding a write to the entity "bad". */
    static final class Refusing extends TestRooms.Store {
        final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public WriteResult write(String worldId, List<ComponentWrite> writes) {
            if (writes.stream().anyMatch(w -> w.entityId().equals("bad"))) {
                refused.add(writes.size() + " writes");
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "Component document is invalid", Map.of());
            }
            return super.write(worldId, writes);
        }
    }

    @Test
    void oneEntityRefusedByTheStoreDoesNotKeepTheOthersFromSaving() throws Exception {
        Refusing store = new Refusing();
        store.add("npc", ORBIT);
        store.add("bad", ORBIT.replace("\"radius\":300", "\"radius\":200"));
        store.add("npc2", ORBIT.replace("\"radius\":300", "\"radius\":100"));
        manager = manager(store, Map.of("writeback_seconds", 1));
        Room room = manager.room("w", "1");
        // the store records a batch before the room counts it, so wait for the count
        TestRooms.await(() -> counter("universo_room_writeback", "written") >= 2 && store.refused.size() >= 2);
        List<String> saved = store.batches.stream().flatMap(List::stream).map(ComponentWrite::entityId).distinct()
                .sorted().toList();
        assertEquals(List.of("npc", "npc2"), saved, "the others are written, entity by entity once refused");
        assertTrue(store.refused.contains("3 writes") && store.refused.contains("1 writes"), store.refused::toString);
        assertTrue(counter("universo_room_writeback", "refused") >= 1);
        assertFalse(room.closed);
    }

    @Test
    void aNumberBeyondTheWorldStoredBeforeTheBoundsIsBroughtBackAndSaved() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("far", "{\"Transform\":{\"position\":{\"x\":1e308,\"y\":-1e300,\"z\":4}" + REST
                + ",\"Orbit\":{\"center\":{\"x\":1e308,\"y\":0,\"z\":0},\"radius\":1e308,\"angularSpeed\":1e300}}");
        manager = manager(store, Map.of("writeback_seconds", 1));
        Room room = manager.room("w", "1");
        TestRooms.await(() -> !store.batches.isEmpty());
        var t = store.batches.get(0).get(0).data().path("position");
        assertEquals(List.of(Sanity.WORLD, -Sanity.WORLD, 4.0), List.of(t.path("x").asDouble(), t.path("y").asDouble(),
                t.path("z").asDouble()), "clamped to the world bounds, and the orbit leaving them ignored");
        assertEquals(1.0, counter("universo_room_body_corrections", null));
        double before = room.tick;
        TestRooms.await(() -> room.tick > before + 3);
        assertEquals(1.0, counter("universo_room_body_corrections", null), "once: the body stays put afterwards");
    }

    @Test
    void aFailingTickIsCountedAndTheRoomRecoversOrAfterASecondOfFailuresClosesCleanly() throws Exception {
        TestRooms.Store store = new TestRooms.Store();
        store.add("npc", ORBIT);
        manager = manager(store, Map.of("writeback_seconds", 3600));
        Room room = manager.room("w", "1");
        RoomClient a = TestRooms.join(manager, room, "alice", true, null);
        TestRooms.await(() -> a.tick() > 0);
        room.submit(r -> {
            throw new IllegalStateException("one bad command");
        });
        TestRooms.await(() -> counter("universo_room_failed_ticks", null) == 1.0);
        long seen = a.tick();
        TestRooms.await(() -> a.tick() > seen + 2);
        assertFalse(room.closed, "one failed tick: the room goes on");

        Consumer<Room> always = new Consumer<>() {
            @Override
            public void accept(Room r) {
                r.submit(this);
                throw new IllegalStateException("a fault that stays");
            }
        };
        room.submit(always);
        TestRooms.await(() -> room.closed);
        assertTrue(counter("universo_room_failed_ticks", null) >= 31, "a second of failed ticks, at 30 Hz");
        assertEquals(1.0, counter("universo_room_failed_closes", null));
        TestRooms.await(() -> !store.batches.isEmpty());
        assertEquals("npc", store.batches.get(0).get(0).entityId(), "what moved is written back on the way out");
        long t0 = System.nanoTime();
        assertEquals(List.of(), manager.list(), "a closed room is not listed");
        assertTrue(System.nanoTime() - t0 < 500_000_000L, "nor waited for");
        assertNotSame(room, manager.room("w", "1"), "the next join loads the world afresh");
    }

    private RoomManager manager(TestRooms.Store store, Map<String, Object> config) {
        RoomManager m = TestRooms.manager(store, TestRooms.config(config));
        m.metrics.bindRegistry(registry);
        return m;
    }

    /** The counter's value, summed over its labels or for the one {@code outcome}. */
    private double counter(String name, String outcome) {
        return registry.scrape().stream().filter(s -> s.getMetadata().getName().equals(name))
                .flatMap(s -> ((CounterSnapshot) s).getDataPoints().stream())
                .filter(d -> outcome == null || outcome.equals(d.getLabels().get("outcome")))
                .mapToDouble(d -> d.getValue()).sum();
    }
}
