package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.ecs.internal.EntityStoreTest.A;
import static org.universo.platformo.ecs.internal.EntityStoreTest.create;
import static org.universo.platformo.ecs.internal.EntityStoreTest.transform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.Relation;
import org.universo.platformo.ecs.WriteResult;

/** Entity trees changing worlds, on H2 and on PostgreSQL. */
class EntityMovesTest {
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
        TestStores.worlds(ecs, A, "big", "big2", "c", "e", "f", "sol", "vega", "sol2", "vega2");
        List<Event> posted = new CopyOnWriteArrayList<>();
        ecs.events = new EventAdmin() {
            @Override
            public void postEvent(Event e) {
                posted.add(e);
            }

            @Override
            public void sendEvent(Event e) {
                posted.add(e);
            }
        };
        aTreeMovesWithItsWritesAndLeavesItsRelationsBehind(ecs, posted);
        aMoveIsRefusedWholeAndMovesNothing(ecs);
        try {
            relationsInsideABigTreeStay(ecs, ds);
            aChildIsNotCreatedUnderAParentThatIsMoving(ecs, ds);
            aChildCommittedDuringTheMoveMovesToo(ecs, ds);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** More entities than one IN list holds: the relation between the first and the last is inside the tree. */
    private void relationsInsideABigTreeStay(EcsComponent ecs, DataSource ds) throws SQLException {
        EntityView root = ecs.entities.create(A, create("big", null, Map.of()));
        int kids = Chunks.SIZE + 10;
        try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO "
                + "ecs.entities (id, world_id, owner_id, parent_id, position, created_at, updated_at) VALUES (?, 'big', "
                + "?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < kids; i++) {
                ps.setString(1, "kid-" + i);
                ps.setString(2, A.userId());
                ps.setString(3, root.id());
                ps.setInt(4, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        ecs.entities.relate(A, "kid-0", new Inputs.RelationCreate("escorts", "kid-" + (kids - 1)));
        ecs.move(root.id(), "big2", List.of());
        assertEquals(List.of(new Relation("escorts", "kid-" + (kids - 1))), ecs.find("kid-0").orElseThrow().relations());
        assertEquals(kids + 1, ecs.loadWorld("big2").size());
    }

    /** A child being created while its parent moves waits for the move and is then refused, never left behind. */
    private void aChildIsNotCreatedUnderAParentThatIsMoving(EcsComponent ecs, DataSource ds) throws Exception {
        EntityView ship = ecs.entities.create(A, create("c", null, Map.of()));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection move = ds.getConnection()) {
            move.setAutoCommit(false);
            exec(move, "SELECT id FROM ecs.entities WHERE id = '" + ship.id() + "' FOR UPDATE");
            Future<EntityView> child = pool.submit(() -> ecs.entities.create(A, create("c", ship.id(), Map.of())));
            Thread.sleep(300);
            exec(move, "UPDATE ecs.entities SET world_id = 'd' WHERE id = '" + ship.id() + "'");
            move.commit();
            ExecutionException refused = assertThrows(ExecutionException.class, child::get);
            assertEquals(422, ((ApiException) refused.getCause()).httpStatus());
            assertTrue(ecs.loadWorld("c").isEmpty());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A child committed while the move waited for the tree's locks moves with it. */
    private void aChildCommittedDuringTheMoveMovesToo(EcsComponent ecs, DataSource ds) throws Exception {
        EntityView ship = ecs.entities.create(A, create("e", null, Map.of()));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection create = ds.getConnection()) {
            create.setAutoCommit(false);
            exec(create, "SELECT id FROM ecs.entities WHERE id = '" + ship.id() + "' FOR UPDATE");
            exec(create, "INSERT INTO ecs.entities (id, world_id, owner_id, parent_id, position, created_at, updated_at) "
                    + "VALUES ('late-child', 'e', '" + A.userId() + "', '" + ship.id() + "', 0, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)");
            Future<EntityView> moved = pool.submit(() -> ecs.move(ship.id(), "f", List.of()));
            Thread.sleep(300);
            create.commit();
            assertEquals("f", moved.get().worldId());
            assertEquals("f", ecs.find("late-child").orElseThrow().worldId());
            assertTrue(ecs.loadWorld("e").isEmpty());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void aTreeMovesWithItsWritesAndLeavesItsRelationsBehind(EcsComponent ecs, List<Event> posted) {
        EntityView ship = ecs.entities.create(A, create("sol", null, Map.of("Transform", transform(1, 0, 0))));
        EntityView turret = ecs.entities.create(A, create("sol", ship.id(), Map.of()));
        EntityView station = ecs.entities.create(A, create("sol", null, Map.of()));
        ecs.entities.relate(A, ship.id(), new Inputs.RelationCreate("docked_at", station.id()));
        ecs.entities.relate(A, turret.id(), new Inputs.RelationCreate("mounted_on", ship.id()));

        EntityView moved = ecs.move(ship.id(), "vega", List.of(new ComponentWrite(ship.id(), "Transform", 1,
                transform(-5, 0, 0))));
        assertEquals("vega", moved.worldId());
        assertEquals(-5.0, moved.components().get("Transform").data().at("/position/x").asDouble());
        assertEquals(2, moved.components().get("Transform").version());
        assertEquals(List.of(), moved.relations(), "the relation to the station staying behind is gone");
        assertEquals(List.of(new Relation("mounted_on", ship.id())), ecs.find(turret.id()).orElseThrow().relations(),
                "relations inside the tree stay");
        assertEquals(List.of(ship.id(), turret.id()), ecs.loadWorld("vega").stream().map(EntityView::id).toList());
        assertEquals(List.of(station.id()), ecs.loadWorld("sol").stream().map(EntityView::id).toList());

        Event e = posted.get(posted.size() - 1);
        assertEquals(EntityStore.TOPIC_MOVED, e.getTopic());
        assertEquals(List.of(ship.id(), turret.id()), List.of((String[]) e.getProperty(EntityStore.EVENT_IDS)));
        assertEquals("sol", e.getProperty(EntityStore.EVENT_FROM));
        assertEquals("vega", e.getProperty(EntityStore.EVENT_TO));
        assertEquals(A.userId(), e.getProperty(EntityStore.EVENT_OWNER));

        // A room of the old world writing back what it last saw: refused, the entity is no longer there.
        WriteResult stale = ecs.write("sol", List.of(new ComponentWrite(ship.id(), "Transform", 2, transform(1, 0, 0))));
        assertEquals(List.of(new WriteResult.Conflict(ship.id(), "Transform", 2, null)), stale.conflicts());
        WriteResult there = ecs.write("vega", List.of(new ComponentWrite(ship.id(), "Transform", 2, transform(2, 0, 0))));
        assertEquals(List.of(new WriteResult.Written(ship.id(), "Transform", 3)), there.written());
    }

    private void aMoveIsRefusedWholeAndMovesNothing(EcsComponent ecs) {
        EntityView ship = ecs.entities.create(A, create("sol2", null, Map.of("Transform", transform(0, 0, 0))));
        EntityView child = ecs.entities.create(A, create("sol2", ship.id(), Map.of()));
        assertEquals(404, assertThrows(ApiException.class, () -> ecs.move("no-such", "vega2", List.of())).httpStatus());
        EntityStoreTest.assertInvalid("", () -> ecs.move(child.id(), "vega2", List.of()));
        EntityStoreTest.assertInvalid("/toWorldId", () -> ecs.move(ship.id(), "sol2", List.of()));
        EntityStoreTest.assertInvalid("/writes", () -> ecs.move(ship.id(), "vega2", List.of(new ComponentWrite(
                "elsewhere", "Transform", 1, transform(0, 0, 0)))));
        ApiException stale = assertThrows(ApiException.class, () -> ecs.move(ship.id(), "vega2", List.of(
                new ComponentWrite(ship.id(), "Transform", 7, transform(9, 9, 9)))));
        assertEquals(409, stale.httpStatus());
        EntityView still = ecs.find(ship.id()).orElseThrow();
        assertEquals("sol2", still.worldId());
        assertEquals(1, still.components().get("Transform").version());
        assertTrue(ecs.loadWorld("vega2").isEmpty());
    }
}
