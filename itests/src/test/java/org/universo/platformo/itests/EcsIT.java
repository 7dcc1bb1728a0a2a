package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.universo.platformo.itests.ResourcesIT.draft;
import static org.universo.platformo.itests.ResourcesIT.line;
import static org.universo.platformo.itests.ResourcesIT.published;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;

/** Entity trees from resource versions, components with versions, privacy and bad input, through REST on PostgreSQL. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EcsIT extends BaseIT {
    private static final String TRANSFORM = "{\"position\":{\"x\":1,\"y\":2,\"z\":3},\"rotation\":{\"x\":0,\"y\":0,"
            + "\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    @Test
    public void aPublishedVersionBecomesAnEntityTreeWhoseTotalsMatchItsBillOfMaterials() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String x = Long.toString(System.nanoTime(), 36);
        String steel = published(h, a, "steel-" + x, "t", "\"massKg\":1000,\"volumeM3\":0.127,\"cost\":300");
        String bolt = published(h, a, "bolt-" + x, "pcs", "\"massKg\":0.1,\"volumeM3\":0.0001,\"cost\":5");
        String plate = draft(h, a, "plate-" + x, "pcs", "\"cost\":50");
        line(h, a, plate, bolt, "4", "pcs", null, 200);
        line(h, a, plate, steel, "250", "kg", null, 200);
        publish(h, a, plate);
        String ionEngine = published(h, a, "ion-" + x, "pcs", "\"massKg\":800,\"cost\":9000");
        String fusionEngine = published(h, a, "fusion-" + x, "pcs", "\"massKg\":1200,\"cost\":15000");
        String hull = draft(h, a, "hull-" + x, "pcs", "\"massKg\":50,\"cost\":1000");
        line(h, a, hull, plate, "3", "pcs", null, 200);
        line(h, a, hull, bolt, "2.5", "pcs", null, 200);
        line(h, a, hull, ionEngine, "1", "pcs", ",\"altGroup\":\"engine\"", 200);
        line(h, a, hull, fusionEngine, "1", "pcs", ",\"altGroup\":\"engine\"", 200);
        line(h, a, hull, bolt, "1", "dozen", ",\"optional\":true", 200);

        world(h, a, "yard-" + x, false);
        String spare = world(h, a, "spare-" + x, false);
        assertError(instantiate(h, a, hull, "\"worldId\":\"yard-" + x + "\""), 409, "conflict");
        publish(h, a, hull);
        Http.Reply made = instantiate(h, a, hull, "\"worldId\":\"yard-" + x + "\",\"name\":\"Hull 1\","
                + "\"choose\":{\"engine\":\"" + fusionEngine + "\"},\"components\":{\"Transform\":" + TRANSFORM + "}");
        assertEquals(made.body(), 201, made.status());
        assertEquals("1 hull + 3 × (plate, 4 bolts, steel) + 1 kept bolt amount + 1 engine", 21,
                made.json().path("entities").asInt());
        assertEquals(4, made.json().path("keptAsQuantity").asInt());
        String root = made.json().path("root").path("id").asText();
        assertEquals(1, made.json().path("root").path("components").path("Transform").path("version").asInt());

        JsonNode tree = h.get("/api/v1/entities/" + root + "/tree", a).json();
        JsonNode bom = h.get("/api/v1/resource-versions/" + hull + "/aggregates?choose=engine:" + fusionEngine, a).json();
        assertEquals(bom.path("massKg").asDouble(), tree.path("totals").path("massKg").asDouble(), 1e-6);
        assertEquals(bom.path("volumeM3").asDouble(), tree.path("totals").path("volumeM3").asDouble(), 1e-9);
        assertEquals(bom.path("cost").asDouble(), tree.path("totals").path("cost").asDouble(), 1.0);
        assertEquals(21, tree.path("totals").path("entities").asInt());
        List<String> names = new ArrayList<>();
        tree.path("children").forEach(c -> names.add(c.path("name").asText()));
        assertEquals(List.of("plate-" + x, "plate-" + x, "plate-" + x, "bolt-" + x, "fusion-" + x), names);
        assertEquals(0.25, tree.path("children").get(0).path("children").get(4).path("components").path("Quantity")
                .path("data").path("amount").asDouble(), 1e-12);

        JsonNode page = h.get("/api/v1/entities?worldId=yard-" + x + "&roots=true", a).json();
        assertEquals(1, page.path("total").asInt());
        assertEquals(21, h.get("/api/v1/entities?worldId=yard-" + x + "&limit=5", a).json().path("total").asInt());
        assertError(instantiate(h, a, "no-such-version", "\"worldId\":\"" + spare + "\""), 422, "validation_failed");
        assertError(instantiate(h, a, hull, "\"worldId\":\"" + spare + "\",\"choose\":{\"engine\":\"" + bolt + "\"}"), 422,
                "validation_failed");
        assertError(instantiate(h, a, hull, "\"worldId\":\"bad world\""), 422, "validation_failed");
        Http.Reply badDoc = instantiate(h, a, hull, "\"worldId\":\"" + spare + "\",\"components\":{\"Health\":{\"current\":5,"
                + "\"max\":1}}");
        assertError(badDoc, 422, "validation_failed");
        assertTrue(badDoc.body(), badDoc.body().contains("/components/Health/data/current"));
        assertEquals(0, h.get("/api/v1/entities?worldId=" + spare, a).json().path("total").asInt());
    }

    /**
     * Every number a shipped schema admits (components, messages, request bodies, node types) has declared finite
     * bounds; a Transform at 1e308 or beyond a double is refused with 422, as is a body of 70,000 unknown keys, whose
     * answer stays small.
     */
    @Test
    public void numbersAreBoundedEverywhereAndRefusedBeyondTheirBounds() throws Exception {
        org.osgi.framework.ServiceReference<org.universo.platformo.utils.schema.SchemaValidator> ref =
                context.getServiceReference(org.universo.platformo.utils.schema.SchemaValidator.class);
        org.universo.platformo.utils.schema.SchemaValidator validator = context.getService(ref);
        List<String> open = new ArrayList<>();
        int files = 0;
        for (org.osgi.framework.Bundle bundle : context.getBundles()) {
            java.util.Enumeration<java.net.URL> found = bundle.getSymbolicName().startsWith("org.universo.platformo")
                    ? bundle.findEntries("UNIVERSO-INF/schemas", "*.schema.json", true) : null;
            ClassLoader loader = found == null ? null
                    : bundle.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader();
            while (found != null && found.hasMoreElements()) {
                String path = found.nextElement().getPath().replaceFirst("^/?UNIVERSO-INF/schemas/", "");
                files++;
                validator.checkBounds(loader, path).forEach(v -> open.add(bundle.getSymbolicName() + " " + v));
            }
        }
        assertTrue("the platform's schemas were found: " + files, files > 100);
        assertEquals("numbers without finite bounds", List.of(), open);

        Http h = http();
        String a = register(h, uniqueEmail());
        for (String x : List.of("1e308", "1e309", "-100000000.5")) {
            Http.Reply r = h.post("/api/v1/entities", "{\"worldId\":\"w1\",\"components\":{\"Transform\":"
                    + TRANSFORM.replace("\"x\":1", "\"x\":" + x) + "}}", a);
            assertError(r, 422, "validation_failed");
            assertTrue(x + ": " + r.body(), r.body().contains("/position/x"));
        }
        Http.Reply orbit = h.post("/api/v1/entities", "{\"worldId\":\"w1\",\"components\":{\"Transform\":"
                + TRANSFORM + ",\"Orbit\":{\"center\":{\"x\":0,\"y\":0,\"z\":0},\"radius\":1e308,"
                + "\"angularSpeed\":1}}}", a);
        assertError(orbit, 422, "validation_failed");
        assertTrue(orbit.body(), orbit.body().contains("/radius"));
        assertEquals(0, h.get("/api/v1/entities", a).json().path("total").asInt());
        // Where a schema lists the allowed values (enum), a number beyond a double used to reach the validator's
        // BigDecimal conversion and answer 500.
        Http.Reply kind = h.post("/api/v1/metaverses/" + java.util.UUID.randomUUID() + "/links",
                "{\"targetId\":\"-1\",\"kind\":1e400}", a);
        assertError(kind, 422, "validation_failed");
        assertTrue(kind.body(), kind.body().contains("/kind"));

        StringBuilder keys = new StringBuilder("{\"worldId\":\"w1\"");
        for (int i = 0; i < 70_000; i++) {
            keys.append(",\"k").append(i).append("\":0");
        }
        Http.Reply flood = h.post("/api/v1/entities", keys.append('}').toString(), a);
        assertError(flood, 422, "validation_failed");
        JsonNode errors = flood.json().path("details").path("errors");
        assertEquals(flood.body().substring(0, 300), 51, errors.size());
        assertTrue(errors.get(50).path("message").asText(), errors.get(50).path("message").asText()
                .startsWith("69950 more violations not listed"));
        assertTrue("a small answer to a body of " + keys.length() + " bytes: " + flood.body().length(),
                flood.body().length() < 16_384);
    }

    @Test
    public void componentsChangeByVersionAndEntitiesStayTheirOwners() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        assertEquals(401, h.get("/api/v1/entities", null).status());
        String w1 = world(h, a, "probes-" + Long.toString(System.nanoTime(), 36), false);
        Http.Reply created = h.post("/api/v1/entities", "{\"worldId\":\"" + w1 + "\",\"name\":\"Probe\",\"components\":"
                + "{\"Transform\":" + TRANSFORM + ",\"Visual\":{\"model\":\"probe.glb\"}}}", a);
        assertEquals(created.body(), 201, created.status());
        String id = created.json().path("id").asText();

        Http.Reply moved = patch(h, a, id, "{\"components\":{\"Transform\":{\"expectedVersion\":1,\"data\":"
                + TRANSFORM.replace("\"x\":1", "\"x\":9") + "}}}");
        assertEquals(moved.body(), 200, moved.status());
        assertEquals(2, moved.json().path("components").path("Transform").path("version").asInt());
        assertEquals(9, moved.json().path("components").path("Transform").path("data").path("position").path("x").asInt());
        Http.Reply stale = patch(h, a, id, "{\"components\":{\"Transform\":{\"expectedVersion\":1,\"data\":" + TRANSFORM
                + "},\"Visual\":{\"expectedVersion\":1,\"data\":{\"model\":\"other.glb\"}}}}");
        assertError(stale, 409, "conflict");
        assertEquals(2, stale.json().path("details").path("conflicts").get(0).path("actualVersion").asInt());
        assertEquals("probe.glb", h.get("/api/v1/entities/" + id, a).json().path("components").path("Visual")
                .path("data").path("model").asText());

        assertError(patch(h, a, id, "{\"components\":{\"Warp\":{\"expectedVersion\":0,\"data\":{}}}}"), 422,
                "validation_failed");
        assertError(patch(h, a, id, "{\"components\":{\"Visual\":{\"expectedVersion\":-1,\"data\":{\"model\":\"m\"}}}}"),
                422, "validation_failed");
        assertError(patch(h, a, id, "{\"components\":{\"Visual\":{\"expectedVersion\":1,\"data\":{\"color\":\"red\"}}}}"),
                422, "validation_failed");
        assertError(patch(h, a, id, "{\"components\":"), 400, "malformed_json");
        assertError(patch(h, a, id, "{}"), 422, "validation_failed");

        assertError(h.get("/api/v1/entities/" + id, b), 404, "not_found");
        assertError(h.get("/api/v1/entities/" + id + "/tree", b), 404, "not_found");
        assertError(patch(h, b, id, "{\"name\":\"Mine now\"}"), 404, "not_found");
        assertError(h.send("DELETE", "/api/v1/entities/" + id, null, b, null), 404, "not_found");
        assertError(h.post("/api/v1/entities", "{\"worldId\":\"" + w1 + "\",\"parentId\":\"" + id + "\"}", b), 404,
                "not_found");
        assertEquals(0, h.get("/api/v1/entities", b).json().path("total").asInt());

        String other = h.post("/api/v1/entities", "{\"worldId\":\"" + w1 + "\"}", a).json().path("id").asText();
        Http.Reply related = h.post("/api/v1/entities/" + id + "/relations", "{\"kind\":\"docked_at\",\"toId\":\""
                + other + "\"}", a);
        assertEquals(related.body(), 201, related.status());
        assertEquals("docked_at", related.json().path("relations").get(0).path("kind").asText());
        assertError(h.post("/api/v1/entities/" + id + "/relations", "{\"kind\":\"child\",\"toId\":\"" + other + "\"}", a),
                422, "validation_failed");
        assertEquals(204, h.send("DELETE", "/api/v1/entities/" + id + "/relations/docked_at/" + other, null, a, null)
                .status());
        assertEquals(204, h.send("DELETE", "/api/v1/entities/" + id, null, a, null).status());
        assertError(h.get("/api/v1/entities/" + id, a), 404, "not_found");

        JsonNode types = h.get("/api/v1/component-types", a).json();
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(t.path("type").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("Transform", "Visual", "Health", "Quantity")));
        assertEquals("object", h.get("/api/v1/component-types/Health", a).json().path("schema").path("type").asText());
        JsonNode openapi = h.get("/api/v1/openapi.json", a).json().path("paths");
        assertTrue(openapi.toString(), openapi.path("/entities/instantiate").has("post")
                && openapi.path("/entities/{id}/tree").has("get") && openapi.path("/entities/{id}").has("patch")
                && openapi.path("/component-types").has("get"));
    }

    @Test
    public void aComponentTypeComesAndGoesWithTheServiceThatRegistersIt() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        assertError(h.get("/api/v1/component-types/itest.Beacon", a), 404, "not_found");
        String w = world(h, a, "beacons-" + Long.toString(System.nanoTime(), 36), false);
        ComponentType beacon = new ComponentType("itest.Beacon", "A navigation beacon", "itest/Beacon.schema.json",
                EcsIT.class.getClassLoader());
        ServiceRegistration<ComponentTypeProvider> registration = context.registerService(ComponentTypeProvider.class,
                () -> List.of(beacon), null);
        String id;
        try {
            assertEquals("number", h.get("/api/v1/component-types/itest.Beacon", a).json()
                    .at("/schema/properties/range/type").asText());
            Http.Reply refused = h.post("/api/v1/entities", "{\"worldId\":\"" + w + "\",\"components\":{\"itest.Beacon\":"
                    + "{\"range\":-5}}}", a);
            assertError(refused, 422, "validation_failed");
            assertTrue(refused.body(), refused.body().contains("/components/itest.Beacon/data/range"));
            Http.Reply made = h.post("/api/v1/entities", "{\"worldId\":\"" + w + "\",\"components\":{\"itest.Beacon\":"
                    + "{\"range\":500}}}", a);
            assertEquals(made.body(), 201, made.status());
            id = made.json().path("id").asText();
        } finally {
            registration.unregister();
        }
        assertError(h.get("/api/v1/component-types/itest.Beacon", a), 404, "not_found");
        assertEquals(500, h.get("/api/v1/entities/" + id, a).json().at("/components/itest.Beacon/data/range").asInt());
        assertError(patch(h, a, id, "{\"components\":{\"itest.Beacon\":{\"expectedVersion\":1,\"data\":"
                + "{\"range\":600}}}}"), 422, "validation_failed");
    }

    private static Http.Reply instantiate(Http h, String token, String version, String more) {
        return h.post("/api/v1/entities/instantiate", "{\"resourceVersionId\":\"" + version + "\"," + more + "}", token);
    }

    private static Http.Reply patch(Http h, String token, String id, String body) {
        return h.send("PATCH", "/api/v1/entities/" + id, body, token, "application/json");
    }

    private static void publish(Http h, String token, String version) {
        Http.Reply r = h.post("/api/v1/resource-versions/" + version + "/publish", "{}", token);
        assertEquals(r.body(), 200, r.status());
    }
}
