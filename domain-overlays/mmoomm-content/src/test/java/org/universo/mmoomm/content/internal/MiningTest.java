package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.universo.mmoomm.types.MiningYieldPayload;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;

class MiningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store = new Store();
    private final Mining mining = new Mining(store);

    MiningTest() throws Exception {
        store.put("ship", "me", "{\"Transform\":{\"position\":{\"x\":0,\"y\":0,\"z\":0}},\"Ship\":{\"modules\":"
                + "[\"mmoomm.mining-laser\",\"mmoomm.mining-laser\"]},\"mmoomm.Cargo\":{\"capacityM3\":1.5,"
                + "\"usedM3\":0,\"items\":{}}}");
        store.put("rock", "nobody", "{\"Transform\":{\"position\":{\"x\":1000,\"y\":0,\"z\":0}},\"mmoomm.Mineable\":"
                + "{\"materialId\":\"mmoomm.iron\",\"massKg\":10000}}");
    }

    @Test
    void aCycleMovesOreByDensityUntilTheHoldIsFull() {
        MiningYieldPayload y = mining.cycle("me", "ship", "rock", 0);
        assertEquals(1.0, y.volumeM3(), 1e-9, "two lasers of 0.5 m³");
        assertEquals(7874, y.massKg(), 1e-9);
        assertEquals(10000 - 7874, store.data("rock", "mmoomm.Mineable").path("massKg").asDouble(), 1e-9);
        assertEquals(7874, store.data("ship", "mmoomm.Cargo").at("/items/mmoomm.iron").asDouble(), 1e-9);
        ApiException early = assertThrows(ApiException.class, () -> mining.cycle("me", "ship", "rock", 4_999));
        assertEquals("cooldown", early.details().get("reason"));
        MiningYieldPayload second = mining.cycle("me", "ship", "rock", 5_000);
        assertEquals(0.27, second.volumeM3(), 1e-3, "what is left of the asteroid");
        ApiException done = assertThrows(ApiException.class, () -> mining.cycle("me", "ship", "rock", 10_000));
        assertEquals("depleted", done.details().get("reason"));
    }

    @Test
    void onlyTheOwnerMinesAndOnlyInRange() throws Exception {
        assertEquals(404, assertThrows(ApiException.class, () -> mining.cycle("thief", "ship", "rock", 0))
                .httpStatus());
        store.put("far", "nobody", "{\"Transform\":{\"position\":{\"x\":5000,\"y\":0,\"z\":0}},\"mmoomm.Mineable\":"
                + "{\"materialId\":\"mmoomm.iron\",\"massKg\":10000}}");
        ApiException far = assertThrows(ApiException.class, () -> mining.cycle("me", "ship", "far", 0));
        assertEquals("out_of_range", far.details().get("reason"));
        assertTrue(store.writes.isEmpty(), "nothing written on a refusal");
    }

    /** Entities in memory, with component versions checked on write like the real store. */
    static final class Store implements EntityStore {
        @Override
        public EntityView create(org.universo.platformo.auth.api.AuthPrincipal owner,
                org.universo.platformo.ecs.Inputs.EntityCreate in) {
            throw new UnsupportedOperationException("not a creating store");
        }

        @Override
        public org.universo.platformo.ecs.DesignResult design(String worldId, String ownerId,
                List<org.universo.platformo.ecs.DesignedEntity> design) {
            throw new UnsupportedOperationException("not a design store");
        }

        final Map<String, EntityView> entities = new HashMap<>();
        final List<ComponentWrite> writes = new ArrayList<>();

        final List<String> moves = new ArrayList<>();

        void put(String id, String owner, String components) throws Exception {
            put("w", id, owner, components);
        }

        void put(String world, String id, String owner, String components) throws Exception {
            Map<String, ComponentValue> c = new HashMap<>();
            JSON.readTree(components).fields().forEachRemaining(f -> c.put(f.getKey(), new ComponentValue(1,
                    f.getValue())));
            entities.put(id, new EntityView(id, world, owner, null, null, id, c, List.of(), Instant.EPOCH,
                    Instant.EPOCH));
        }

        com.fasterxml.jackson.databind.JsonNode data(String id, String type) {
            return entities.get(id).components().get(type).data();
        }

        @Override
        public List<EntityView> loadWorld(String worldId) {
            return entities.values().stream().filter(e -> e.worldId().equals(worldId)).toList();
        }

        @Override
        public List<EntityView> loadOwned(String worldId, String ownerId) {
            return loadWorld(worldId).stream().filter(e -> ownerId.equals(e.ownerId())).toList();
        }

        @Override
        public Optional<EntityView> find(String entityId) {
            return Optional.ofNullable(entities.get(entityId));
        }

        @Override
        public WriteResult write(List<ComponentWrite> batch) {
            List<WriteResult.Written> written = new ArrayList<>();
            for (ComponentWrite w : batch) {
                writes.add(w);
                EntityView e = entities.get(w.entityId());
                Map<String, ComponentValue> c = new HashMap<>(e.components());
                if (c.get(w.type()).version() != w.expectedVersion()) {
                    throw new ApiException(org.universo.platformo.api.error.ErrorCode.CONFLICT, "stale", Map.of());
                }
                long v = c.get(w.type()).version() + 1;
                c.put(w.type(), new ComponentValue(v, w.data()));
                entities.put(e.id(), new EntityView(e.id(), e.worldId(), e.ownerId(), null, null, e.name(), c,
                        List.of(), Instant.EPOCH, Instant.EPOCH));
                written.add(new WriteResult.Written(e.id(), w.type(), v));
            }
            return new WriteResult(written, List.of());
        }

        @Override
        public WriteResult write(String worldId, List<ComponentWrite> batch) {
            return write(batch);
        }

        @Override
        public EntityView move(String id, String toWorldId, List<ComponentWrite> with) {
            write(with);
            EntityView e = entities.get(id);
            entities.put(id, new EntityView(id, toWorldId, e.ownerId(), null, null, e.name(), e.components(), List.of(),
                    Instant.EPOCH, Instant.EPOCH));
            moves.add(id + "->" + toWorldId);
            return entities.get(id);
        }
    }
}
