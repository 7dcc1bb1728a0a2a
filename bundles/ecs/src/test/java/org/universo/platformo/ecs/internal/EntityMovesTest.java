package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.ecs.internal.EntityStoreTest.A;
import static org.universo.platformo.ecs.internal.EntityStoreTest.create;
import static org.universo.platformo.ecs.internal.EntityStoreTest.transform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
