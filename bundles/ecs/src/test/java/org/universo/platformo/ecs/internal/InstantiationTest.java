package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.ecs.internal.EntityStoreTest.A;
import static org.universo.platformo.ecs.internal.EntityStoreTest.assertInvalid;
import static org.universo.platformo.ecs.internal.EntityStoreTest.transform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.Instantiated;
import org.universo.platformo.ecs.TreeNode;
import org.universo.platformo.resources.Part;

/** Entity trees from bills of materials, and their totals, on H2 and on PostgreSQL. */
class InstantiationTest {
    @TempDir
    Path dir;

    /** hull: 3 plates (each 4 bolts and 0.25 t of steel) and 2.5 bolts; a wreck is a draft. */
    private static TestStores.Catalog catalog() {
        TestStores.Catalog c = new TestStores.Catalog();
        c.add("bolt", "pcs", 0.1, 0.0001, 5);
        c.add("steel", "t", 1000, 0.127, 300);
        c.add("plate", "pcs", 0, 0, 50, new Part.Use("bolt", 4), new Part.Use("steel", 0.25));
        c.add("hull", "pcs", 0, 0, 1000, new Part.Use("plate", 3), new Part.Use("bolt", 2.5));
        c.add("wreck", "draft", "pcs", 0, 0, 0, new Part.Use("plate", 1));
        return c;
    }

    @Test
    void onH2() {
        scenarios(TestStores.h2(dir));
    }

    @Test
    void onPostgres() throws Exception {
        TestStores.onFreshPostgres(this::scenarios);
    }

    private void scenarios(DataSource ds) {
        TestStores.Catalog catalog = catalog();
        EcsComponent ecs = TestStores.store(ds, catalog, 1000, 8);
        TestStores.worlds(ecs, A, "yard");
        Instantiated hull = ecs.instantiations.run(A, new Inputs.Instantiate("hull", "yard", null, "Hull 1", null,
                Map.of("Transform", transform(10, 0, 0))));
        assertEquals(20, hull.entities(), "hull + 3 × (plate + 4 bolts + steel) + the 2.5 bolts kept as one");
        assertEquals(4, hull.keptAsQuantity());
        assertEquals("Hull 1", hull.root().name());
        assertEquals(1, hull.root().components().get("Transform").version());
        assertEquals(20, ecs.loadWorld("yard").size());

        TreeNode tree = ecs.entities.tree(A, hull.root().id());
        assertEquals(20, tree.totals().entities());
        assertEquals(3 * (4 * 0.1 + 0.25 * 1000) + 2.5 * 0.1, tree.totals().massKg(), 1e-9);
        assertEquals(3 * (4 * 0.0001 + 0.25 * 0.127) + 2.5 * 0.0001, tree.totals().volumeM3(), 1e-12);
        assertEquals(1000 + 3 * (50 + 4 * 5 + 0.25 * 300) + 2.5 * 5, tree.totals().cost(), 1e-9);
        assertEquals(List.of("code-plate", "code-plate", "code-plate", "code-bolt"),
                tree.children().stream().map(TreeNode::name).toList());
        TreeNode kept = tree.children().get(3);
        assertEquals(2.5, kept.components().get("Quantity").data().path("amount").asDouble());
        assertEquals("pcs", kept.components().get("Quantity").data().path("unit").asText());
        TreeNode plate = tree.children().get(0);
        assertEquals(6, plate.totals().entities());
        assertEquals(250.4, plate.totals().massKg(), 1e-9);

        EntityView dock = ecs.entities.create(A, new Inputs.EntityCreate("yard", null, null, "Dock", Map.of()));
        Instantiated under = ecs.instantiations.run(A, new Inputs.Instantiate("plate", "yard", dock.id(), null, null,
                null));
        assertEquals(dock.id(), under.root().parentId());
        assertEquals(6 + 1, ecs.entities.tree(A, dock.id()).totals().entities());

        assertEquals(409, assertThrows(ApiException.class, () -> ecs.instantiations.run(A,
                new Inputs.Instantiate("wreck", "yard", null, null, null, null))).httpStatus());
        assertInvalid("/resourceVersionId", () -> ecs.instantiations.run(A, new Inputs.Instantiate("nothing", "yard",
                null, null, null, null)));
        assertInvalid("/components/Transform/data/position", () -> ecs.instantiations.run(A, new Inputs.Instantiate(
                "hull", "yard", null, null, null, Map.of("Transform", EntityStoreTest.json("{\"position\":1,"
                        + "\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}")))));
        int before = ecs.loadWorld("yard").size();

        EcsComponent small = TestStores.store(ds, catalog, 19, 8);
        ApiException tooMany = assertThrows(ApiException.class, () -> small.instantiations.run(A,
                new Inputs.Instantiate("hull", "yard", null, null, null, null)));
        assertTrue(tooMany.getMessage().contains("20"), tooMany.getMessage());
        EcsComponent shallow = TestStores.store(ds, catalog, 1000, 3);
        assertInvalid("/parentId", () -> shallow.instantiations.run(A, new Inputs.Instantiate("hull", "yard",
                dock.id(), null, null, null)));
        assertEquals(before, ecs.loadWorld("yard").size(), "refused instantiations write nothing");
    }
}
