package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.protocol.Interact;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.realtime.spi.IntentHandler;

/**
 * An extension's blocking work runs off the tick, after the state it follows from is saved: the body's pending
 * writes reach the store before the work starts; when they cannot be saved, the work never runs and the extension
 * hears why; the outcome comes back on the tick thread.
 */
class OffTickTest {
    private static final String CRATE = "{\"Transform\":{\"position\":{\"x\":0,\"y\":0,\"z\":-20},\"rotation\":"
            + "{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Vehicle\":{\"maxSpeed\":5},"
            + "\"Hold\":{\"kg\":10}}";
    private RoomManager manager;

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            manager.deactivate();
        }
    }

    @Test
    void theBodyIsSavedBeforeTheWorkRunsAndAFailedSaveStopsTheWork() throws Exception {
        AtomicBoolean storeDown = new AtomicBoolean();
        List<String> log = new CopyOnWriteArrayList<>();
        TestRooms.Store store = new TestRooms.Store() {
            @Override
            public WriteResult write(String worldId, List<ComponentWrite> writes) {
                if (storeDown.get()) {
                    throw new IllegalStateException("the database is away");
                }
                writes.forEach(w -> log.add("saved " + w.type() + "=" + w.data()));
                return super.write(worldId, writes);
            }
        };
        store.add("w", "crate", "alice", CRATE);
        // write-back far apart: only the off-tick save writes during the test
        manager = TestRooms.manager(store, TestRooms.config(Map.of("writeback_seconds", 3600)));
        manager.addAvatarModel(TestRooms.DRIVEN, Map.of("service.id", 1L));
        CompletableFuture<Exception> outcome = new CompletableFuture<>();
        List<Boolean> onTick = new CopyOnWriteArrayList<>();
        IntentHandler sell = (room, actor, action, t) -> {
            actor.component("Hold", JsonNodeFactory.instance.objectNode().put("kg", 0));
            room.offTick(actor, () -> {
                log.add("work");
                return "paid";
            }, (r, result, failure) -> {
                onTick.add(r.body(actor.entityId()).isPresent());
                if (failure == null) {
                    log.add("then " + result);
                }
                outcome.complete(failure);
            });
        };
        manager.addIntentHandler(sell, Map.of("service.id", 2L, IntentHandler.KIND, "interact"));
        Room room = manager.room("w", "1");
        RoomClient alice = TestRooms.join(manager, room, "alice", true, null);
        alice.welcome().get(10, TimeUnit.SECONDS);
        assertEquals("crate", alice.entityId());

        alice.sendIntent(new IntentPayload(null, null, null, new Interact("sell", null)));
        assertNull(outcome.get(10, TimeUnit.SECONDS));
        int work = log.indexOf("work");
        assertTrue(work > 0 && log.subList(0, work).stream().anyMatch(l -> l.equals("saved Hold={\"kg\":0}")),
                "the hold was saved before the work: " + log);
        assertEquals("then paid", log.get(log.size() - 1));
        assertEquals(List.of(true), onTick);

        log.clear();
        storeDown.set(true);
        CompletableFuture<Exception> second = new CompletableFuture<>();
        manager.addIntentHandler((rm, actor, action, t) -> {
            actor.component("Hold", JsonNodeFactory.instance.objectNode().put("kg", 5));
            rm.offTick(actor, () -> {
                log.add("work");
                return "paid";
            }, (r, result, failure) -> second.complete(failure));
        }, Map.of("service.id", 3L, IntentHandler.KIND, "interact", "service.ranking", 10));
        alice.sendIntent(new IntentPayload(null, null, null, new Interact("sell", null)));
        Exception failure = second.get(10, TimeUnit.SECONDS);
        assertEquals("the database is away", failure.getMessage());
        assertTrue(log.isEmpty(), "nothing ran after the failed save: " + log);
        alice.close();
    }
}
