package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WriteResult;

/** Components with versions, ownership and relations, on H2 and on PostgreSQL. */
class EntityStoreTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final AuthPrincipal A = new AuthPrincipal("user-a", "s1", Set.of("user"), "local");
    static final AuthPrincipal B = new AuthPrincipal("user-b", "s2", Set.of("user"), "local");

    @TempDir
    Path dir;

    @Test
    void onH2() {
        scenarios(TestStores.h2(dir));
    }

    @Test
    void onPostgres() throws Exception {
        TestStores.onFreshPostgres(this::scenarios);
    }

    private void scenarios(DataSource ds) {
        EcsComponent ecs = TestStores.store(ds, new TestStores.Catalog(), 1000, 8);
        for (String w : List.of("w1", "w2", "w4", "w5", "w6", "elsewhere")) {
            ecs.open(w, null, World.OWNER_USER, A.userId(), World.Visibility.PRIVATE);
        }
        ecs.open("w3", null, World.OWNER_USER, A.userId(), World.Visibility.PUBLIC);
        componentsAreCheckedAndVersioned(ecs);
        entitiesArePrivateToTheirOwner(ecs);
        relationsLinkEntitiesOfOneWorld(ecs);
        batchWritesApplyFreshWritesAndReportStaleOnes(ecs);
        concurrentWritersOfOneVersionHaveOneWinner(ecs);
    }

    private void componentsAreCheckedAndVersioned(EcsComponent ecs) {
        EntityView e = ecs.entities.create(A, create("w1", null, Map.of("Transform", transform(1, 2, 3),
                "Health", json("{\"current\":50,\"max\":100}"))));
        assertEquals(1, e.components().get("Transform").version());
        assertEquals(2.0, e.components().get("Transform").data().at("/position/y").asDouble());
        long before = ecs.entities.list(A, "w1", false, 0, 200).total();

        assertInvalid("/components/Health/data/current", () -> ecs.entities.create(A, create("w1", null,
                Map.of("Health", json("{\"current\":150,\"max\":100}")))));
        assertInvalid("/components/Transform/data", () -> ecs.entities.create(A, create("w1", null,
                Map.of("Transform", json("{\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,"
                        + "\"z\":0,\"w\":1}}")))));
        assertInvalid("/components/Warp", () -> ecs.entities.create(A, create("w1", null, Map.of("Warp", json("{}")))));
        assertEquals(before, ecs.entities.list(A, "w1", false, 0, 200).total(), "nothing written by refused creates");

        EntityView moved = ecs.entities.patch(A, e.id(), patch("Transform", 1, transform(5, 0, 0)));
        assertEquals(2, moved.components().get("Transform").version());
        ApiException stale = assertThrows(ApiException.class, () -> ecs.entities.patch(A, e.id(),
                patch("Transform", 1, transform(9, 9, 9))));
        assertEquals(409, stale.httpStatus());
        assertTrue(stale.details().toString().contains("expectedVersion=1"), stale.details().toString());

        Map<String, Inputs.ComponentChange> two = new LinkedHashMap<>();
        two.put("Health", new Inputs.ComponentChange(1, json("{\"current\":10,\"max\":100}"), null));
        two.put("Transform", new Inputs.ComponentChange(1, transform(7, 7, 7), null));
        assertEquals(409, assertThrows(ApiException.class, () -> ecs.entities.patch(A, e.id(),
                new Inputs.EntityPatch(null, two))).httpStatus());
        EntityView after = ecs.entities.get(A, e.id());
        assertEquals(1, after.components().get("Health").version(), "a refused patch writes none of its changes");
        assertEquals(50, after.components().get("Health").data().path("current").asInt());

        EntityView removed = ecs.entities.patch(A, e.id(), new Inputs.EntityPatch("Renamed",
                Map.of("Health", new Inputs.ComponentChange(1, null, true))));
        assertNull(removed.components().get("Health"));
        assertEquals("Renamed", removed.name());
        EntityView added = ecs.entities.patch(A, e.id(), patch("Health", 0, json("{\"current\":1,\"max\":2}")));
        assertEquals(1, added.components().get("Health").version());
    }

    private void entitiesArePrivateToTheirOwner(EcsComponent ecs) {
        EntityView mine = ecs.entities.create(A, create("w2", null, Map.of()));
        EntityView child = ecs.entities.create(A, create("w2", mine.id(), Map.of()));
        assertEquals(mine.id(), child.parentId());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.get(B, mine.id())).httpStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.patch(B, mine.id(),
                patch("Transform", 0, transform(0, 0, 0)))).httpStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.delete(B, mine.id())).httpStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.tree(B, mine.id())).httpStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.create(B, create("w2", mine.id(),
                Map.of()))).httpStatus(), "a stranger's world is not found");
        assertInvalid("/parentId", () -> ecs.entities.create(A, create("elsewhere", mine.id(), Map.of())));
        assertEquals(0, ecs.entities.list(B, "w2", false, 0, 50).total());
        assertEquals(1, ecs.entities.list(A, "w2", true, 0, 50).total());

        String deepest = mine.id();
        for (int depth = 2; depth <= 8; depth++) {
            deepest = ecs.entities.create(A, create("w2", deepest, Map.of())).id();
        }
        String last = deepest;
        assertInvalid("/parentId", () -> ecs.entities.create(A, create("w2", last, Map.of())));

        ecs.entities.delete(A, mine.id());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.get(A, child.id())).httpStatus());
        assertEquals(0, ecs.entities.list(A, "w2", false, 0, 50).total());
    }

    private void relationsLinkEntitiesOfOneWorld(EcsComponent ecs) {
        EntityView ship = ecs.entities.create(A, create("w3", null, Map.of()));
        EntityView station = ecs.entities.create(A, create("w3", null, Map.of()));
        EntityView far = ecs.entities.create(A, create("w4", null, Map.of()));
        EntityView theirs = ecs.entities.create(B, create("w3", null, Map.of()));
        EntityView docked = ecs.entities.relate(A, ship.id(), new Inputs.RelationCreate("docked_at", station.id()));
        assertEquals(List.of(new org.universo.platformo.ecs.Relation("docked_at", station.id())), docked.relations());
        assertEquals(409, assertThrows(ApiException.class, () -> ecs.entities.relate(A, ship.id(),
                new Inputs.RelationCreate("docked_at", station.id()))).httpStatus());
        assertInvalid("/toId", () -> ecs.entities.relate(A, ship.id(), new Inputs.RelationCreate("targets", far.id())));
        assertInvalid("/toId", () -> ecs.entities.relate(B, theirs.id(), new Inputs.RelationCreate("targets", ship.id())));
        ecs.entities.unrelate(A, ship.id(), "docked_at", station.id());
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.entities.unrelate(A, ship.id(), "docked_at",
                station.id())).httpStatus());
    }

    private void batchWritesApplyFreshWritesAndReportStaleOnes(EcsComponent ecs) {
        EntityView a = ecs.entities.create(A, create("w5", null, Map.of()));
        EntityView b = ecs.entities.create(A, create("w5", a.id(), Map.of("Transform", transform(0, 0, 0))));
        WriteResult r = ecs.write(List.of(new ComponentWrite(a.id(), "Transform", 0, transform(1, 1, 1)),
                new ComponentWrite(b.id(), "Transform", 5, transform(2, 2, 2)),
                new ComponentWrite("no-such-entity", "Transform", 0, transform(3, 3, 3))));
        assertEquals(List.of(new WriteResult.Written(a.id(), "Transform", 1)), r.written());
        assertEquals(List.of(new WriteResult.Conflict(b.id(), "Transform", 5, 1L),
                new WriteResult.Conflict("no-such-entity", "Transform", 0, null)), r.conflicts());
        assertThrows(ApiException.class, () -> ecs.write(List.of(
                new ComponentWrite(b.id(), "Transform", 1, transform(4, 4, 4)),
                new ComponentWrite(a.id(), "Health", 0, json("{\"current\":-1,\"max\":1}")))));
        assertEquals(1, ecs.entities.get(A, b.id()).components().get("Transform").version(), "invalid batch: nothing");
        List<EntityView> world = ecs.loadWorld("w5");
        assertEquals(List.of(a.id(), b.id()), world.stream().map(EntityView::id).toList());
        assertEquals(1.0, world.get(0).components().get("Transform").data().at("/position/x").asDouble());
    }

    private void concurrentWritersOfOneVersionHaveOneWinner(EcsComponent ecs) {
        EntityView e = ecs.entities.create(A, create("w6", null, Map.of("Transform", transform(0, 0, 0))));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 1; round <= 5; round++) {
                long seen = round;
                List<Callable<WriteResult>> writers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int x = i;
                    writers.add(() -> ecs.write(List.of(new ComponentWrite(e.id(), "Transform", seen, transform(x, 0, 0)))));
                }
                int winners = 0;
                for (Future<WriteResult> f : pool.invokeAll(writers)) {
                    winners += f.get().written().size();
                }
                assertEquals(1, winners, "round " + round);
            }
        } catch (Exception x) {
            throw new AssertionError(x);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, ecs.entities.get(A, e.id()).components().get("Transform").version());
    }

    static void assertInvalid(String pointer, Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(422, e.httpStatus(), e.getMessage());
        assertTrue(e.details().toString().contains("pointer=" + pointer), pointer + " in " + e.details());
    }

    static Inputs.EntityCreate create(String world, String parent, Map<String, JsonNode> components) {
        return new Inputs.EntityCreate(world, parent, null, null, components);
    }

    static Inputs.EntityPatch patch(String type, long expected, JsonNode data) {
        return new Inputs.EntityPatch(null, Map.of(type, new Inputs.ComponentChange(expected, data, null)));
    }

    static JsonNode transform(double x, double y, double z) {
        return json("{\"position\":{\"x\":" + x + ",\"y\":" + y + ",\"z\":" + z + "},\"rotation\":{\"x\":0,\"y\":0,"
                + "\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}");
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

}
