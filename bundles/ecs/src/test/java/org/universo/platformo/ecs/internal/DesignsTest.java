package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.DesignResult;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.World;
import org.universo.platformo.resources.Part;

/**
 * A design applied to a world, on H2 and on PostgreSQL: a new design changes only what it changed, keeps what play
 * made of the rest, never touches players' entities, and refuses an invalid design whole, naming its keys.
 */
class DesignsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        scenario(TestStores.h2(dir));
    }

    @Test
    void onPostgres() throws Exception {
        TestStores.onFreshPostgres(this::scenario);
    }

    private void scenario(DataSource ds) {
        EcsComponent ecs = TestStores.store(ds, new TestStores.Catalog(), 1000, 8);
        ecs.open("sol", null, World.OWNER_USER, "creator", World.Visibility.PUBLIC);
        DesignResult first = ecs.design("sol", "creator", List.of(rock("a", 1, 100), rock("b", 2, 100)));
        assertEquals(2, first.added().size());
        String a = id(ecs, "a");
        // play: damage to rock a
        long health = ecs.find(a).orElseThrow().components().get("Health").version();
        ecs.write(List.of(new ComponentWrite(a, "Health", health, json("{\"current\":40,\"max\":100}"))));

        assertTrue(ecs.design("sol", "creator", List.of(rock("a", 1, 100), rock("b", 2, 100))).unchanged(),
                "the same design again changes nothing");
        DesignResult second = ecs.design("sol", "creator", List.of(rock("a", 5, 100), rock("c", 3, 100)));
        assertEquals(1, second.added().size());
        assertEquals(List.of(a), second.changed());
        assertEquals(1, second.removed().size());
        EntityView moved = ecs.find(a).orElseThrow();
        assertEquals(5, moved.components().get("Transform").data().at("/position/x").asDouble(), "the design moved it");
        assertEquals(40, moved.components().get("Health").data().path("current").asDouble(),
                "the design left Health alone: the damage stays");
        assertEquals(List.of("a", "c"), ecs.loadWorld("sol").stream().map(EntityView::name).sorted().toList());

        DesignResult third = ecs.design("sol", "creator", List.of(rock("a", 5, 80), rock("c", 3, 100)));
        assertEquals(List.of(a), third.changed());
        assertEquals(80, ecs.find(a).orElseThrow().components().get("Health").data().path("max").asDouble(),
                "the design changed Health: it takes the design's");

        ApiException bad = assertThrows(ApiException.class, () -> ecs.design("sol", "creator", List.of(rock("d", 1, 1),
                new DesignedEntity("e", "e", Map.of("Transform", json("{\"position\":{\"x\":\"far\"}}"))),
                new DesignedEntity("f", "f", Map.of("NoSuchType", json("{}"))))));
        assertEquals(422, bad.httpStatus());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) bad.details().get("errors");
        assertEquals(List.of("e", "f"), errors.stream().map(e -> e.get("key")).distinct().toList());
        assertEquals(List.of("a", "c"), ecs.loadWorld("sol").stream().map(EntityView::name).sorted().toList(),
                "nothing written");

        ApiException none = assertThrows(ApiException.class, () -> ecs.design("nowhere", "creator", List.of()));
        assertEquals(404, none.httpStatus());
        DesignResult empty = ecs.design("sol", "creator", List.of());
        assertEquals(2, empty.removed().size());
        assertEquals(List.of(), ecs.loadWorld("sol").stream().map(EntityView::name).filter(n -> n != null).toList());
    }

    @Test
    void resourceInstancesOnH2() {
        instances(TestStores.h2(dir));
    }

    @Test
    void resourceInstancesOnPostgres() throws Exception {
        TestStores.onFreshPostgres(this::instances);
    }

    /** A designed entity naming a resource version has its bill of materials as parts; a new version, new parts. */
    private void instances(DataSource ds) {
        TestStores.Catalog catalog = new TestStores.Catalog();
        catalog.add("bolt", "pcs", 0.1, 0.0001, 5);
        catalog.add("plate", "pcs", 0, 0, 50, new Part.Use("bolt", 4));
        catalog.add("hull", "pcs", 0, 0, 1000, new Part.Use("plate", 3));
        catalog.add("wreck", "draft", "pcs", 0, 0, 0, new Part.Use("plate", 1));
        EcsComponent ecs = TestStores.store(ds, catalog, 1000, 8);
        ecs.open("yard", null, World.OWNER_USER, "creator", World.Visibility.PUBLIC);
        ecs.design("yard", "creator", List.of(instance("hull", "hull")));
        String hull = id(ecs, "yard", "hull");
        List<EntityView> world = ecs.loadWorld("yard");
        assertEquals(16, world.size(), "the hull, 3 plates and 12 bolts");
        assertEquals(3, world.stream().filter(e -> hull.equals(e.parentId())).count());
        assertTrue(world.stream().allMatch(e -> "creator".equals(e.ownerId())));
        assertEquals("hull", ecs.find(hull).orElseThrow().resourceVersionId());
        List<String> parts = world.stream().map(EntityView::id).sorted().toList();

        assertTrue(ecs.design("yard", "creator", List.of(instance("hull", "hull"))).unchanged());
        assertEquals(parts, ecs.loadWorld("yard").stream().map(EntityView::id).sorted().toList(),
                "the same version keeps its parts (and what play made of them)");

        assertEquals(List.of(hull), ecs.design("yard", "creator", List.of(instance("hull", "plate"))).changed());
        world = ecs.loadWorld("yard");
        assertEquals(5, world.size(), "now a plate: its 4 bolts replace the hull's parts");
        assertEquals(List.of("bolt"), world.stream().filter(e -> hull.equals(e.parentId()))
                .map(EntityView::resourceVersionId).distinct().toList());

        for (String refused : List.of("wreck", "nothing")) {
            ApiException e = assertThrows(ApiException.class, () -> ecs.design("yard", "creator",
                    List.of(instance("hull", refused), rock("new", 1, 1))));
            assertEquals(422, e.httpStatus());
            assertEquals("/resourceVersionId", errors(e).get(0).get("pointer"));
            assertEquals("hull", errors(e).get(0).get("key"));
            assertEquals(5, ecs.loadWorld("yard").size(), "nothing written for " + refused);
        }

        ecs.design("yard", "creator", List.of(rock("new", 1, 1)));
        assertEquals(List.of("new"), ecs.loadWorld("yard").stream().map(EntityView::name).toList(),
                "a removed instance takes its parts along");
    }

    private static DesignedEntity instance(String key, String versionId) {
        return new DesignedEntity(key, key, Map.of("Transform", transform(0)), versionId);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ApiException e) {
        return (List<Map<String, Object>>) e.details().get("errors");
    }

    private static String id(EcsComponent ecs, String world, String name) {
        return ecs.loadWorld(world).stream().filter(e -> name.equals(e.name())).findFirst().orElseThrow().id();
    }

    private static String id(EcsComponent ecs, String name) {
        return ecs.loadWorld("sol").stream().filter(e -> name.equals(e.name())).findFirst().orElseThrow().id();
    }

    private static DesignedEntity rock(String key, double x, double max) {
        return new DesignedEntity(key, key, Map.of("Transform", transform(x), "Health",
                json("{\"current\":" + max + ",\"max\":" + max + "}")));
    }

    private static JsonNode transform(double x) {
        return json("{\"position\":{\"x\":" + x + ",\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},"
                + "\"scale\":{\"x\":1,\"y\":1,\"z\":1}}");
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
