package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The resource catalog through REST on PostgreSQL: units and conversion, catalog entries, who may change them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ResourcesIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    @Test
    public void unitsConvertWithinADimensionOnly() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        assertEquals(401, h.get("/api/v1/units", null).status());
        JsonNode mass = h.get("/api/v1/units?dimension=mass", a).json();
        assertEquals("[\"g\",\"kg\",\"t\"]", codes(mass));
        JsonNode c = h.get("/api/v1/units/convert?value=2.5&from=t&to=kg", a).json();
        assertEquals(2500.0, c.path("result").asDouble(), 1e-9);
        assertEquals("mass", c.path("dimension").asText());
        assertEquals(3.6, h.get("/api/v1/units/convert?value=1&from=kWh&to=MJ", a).json().path("result").asDouble(), 1e-9);
        Http.Reply across = h.get("/api/v1/units/convert?value=1&from=kg&to=m3", a);
        assertError(across, 422, "validation_failed");
        assertTrue(across.body(), across.json().path("message").asText().contains("mass"));
        assertError(h.get("/api/v1/units/convert?value=1&from=lb&to=kg", a), 422, "validation_failed");
        assertError(h.get("/api/v1/units/convert?value=ten&from=kg&to=t", a), 400, "bad_request");
    }

    @Test
    public void theCatalogIsSharedButOnlyItsAuthorChangesAnEntry() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String suffix = Long.toString(System.nanoTime(), 36);
        Http.Reply ore = h.post("/api/v1/resources", "{\"code\":\"kubio-ore-" + suffix + "\",\"name\":\"Kubio ore\","
                + "\"category\":\"ore\"}", a);
        assertEquals(ore.body(), 201, ore.status());
        String id = ore.json().path("id").asText();
        h.post("/api/v1/resources", "{\"code\":\"hull-plate-" + suffix + "\",\"name\":\"Hull plate\",\"category\":\"component\"}", a);
        h.post("/api/v1/resources", "{\"code\":\"kubio-ingot-" + suffix + "\",\"name\":\"Kubio ingot\",\"category\":\"component\"}", b);

        assertError(h.post("/api/v1/resources", "{\"code\":\"kubio-ore-" + suffix + "\",\"name\":\"again\",\"category\":\"ore\"}", b),
                409, "conflict");
        assertError(h.post("/api/v1/resources", "{\"code\":\"Bad Code\",\"name\":\"x\",\"category\":\"ore\"}", a), 422,
                "validation_failed");
        assertError(h.post("/api/v1/resources", "{\"code\":\"x-" + suffix + "\",\"name\":\"x\",\"category\":\"ore\",\"mass\":1}", a),
                422, "validation_failed");

        JsonNode kubio = h.get("/api/v1/resources?q=KUBIO&limit=1", b).json();
        assertEquals(2, kubio.path("total").asInt());
        assertEquals(1, kubio.path("items").size());
        assertEquals("Kubio ingot", kubio.path("items").get(0).path("name").asText());
        assertEquals("Kubio ore", h.get("/api/v1/resources?q=kubio&offset=1&limit=1", b).json().path("items").get(0)
                .path("name").asText());
        JsonNode components = h.get("/api/v1/resources?q=" + suffix + "&category=component", b).json();
        assertEquals(2, components.path("total").asInt());
        assertEquals(0, h.get("/api/v1/resources?q=100%25_", b).json().path("total").asInt());
        assertError(h.get("/api/v1/resources?limit=0", b), 400, "bad_request");

        assertEquals("Kubio ore", h.get("/api/v1/resources/" + id, b).json().path("name").asText());
        assertError(h.send("PATCH", "/api/v1/resources/" + id, "{\"name\":\"Mine\"}", b, "application/json"), 403, "forbidden");
        assertError(h.send("DELETE", "/api/v1/resources/" + id, null, b, null), 403, "forbidden");
        Http.Reply renamed = h.send("PATCH", "/api/v1/resources/" + id, "{\"name\":\"Kubio ore (rich)\"}", a, "application/json");
        assertEquals(renamed.body(), 200, renamed.status());
        assertEquals("kubio-ore-" + suffix, renamed.json().path("code").asText());
        assertError(h.send("PATCH", "/api/v1/resources/" + id, "{\"code\":\"other\"}", a, "application/json"), 422,
                "validation_failed");
        assertEquals(204, h.send("DELETE", "/api/v1/resources/" + id, null, a, null).status());
        assertError(h.get("/api/v1/resources/" + id, a), 404, "not_found");
    }

    @Test
    public void versionsFormBillsOfMaterialsWithoutCyclesAndAddUpOverTheTree() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String stranger = register(h, uniqueEmail());
        String x = Long.toString(System.nanoTime(), 36);
        String ore = published(h, a, "ore-" + x, "kg", "\"massKg\":1,\"volumeM3\":0.0002,\"cost\":5");
        String plate = draft(h, a, "plate-" + x, "pcs", "\"cost\":100");
        line(h, a, plate, ore, "0.02", "t", null, 200);
        assertEquals(200, h.post("/api/v1/resource-versions/" + plate + "/publish", "{}", a).status());
        String boltA = published(h, a, "bolt-a-" + x, "pcs", "\"massKg\":0.1,\"cost\":2");
        String boltB = published(h, a, "bolt-b-" + x, "pcs", "\"massKg\":0.2,\"cost\":1");
        String paint = published(h, a, "paint-" + x, "pcs", "\"massKg\":5");
        String hull = draft(h, a, "hull-" + x, "pcs", "\"massKg\":50,\"cost\":1000");
        line(h, a, hull, plate, "4", "pcs", null, 200);
        line(h, a, hull, boltA, "10", "pcs", ",\"altGroup\":\"bolts\"", 200);
        line(h, a, hull, boltB, "10", "pcs", ",\"altGroup\":\"bolts\"", 200);
        JsonNode withPaint = line(h, a, hull, paint, "1", "dozen", ",\"optional\":true", 200).json();
        assertEquals(4, withPaint.path("bom").size());
        assertEquals("plate-" + x, withPaint.path("bom").get(0).path("childCode").asText());

        JsonNode sum = h.get("/api/v1/resource-versions/" + hull + "/aggregates", a).json();
        assertEquals(131.0, sum.path("massKg").asDouble(), 1e-9);
        assertEquals(1820, sum.path("cost").asLong());
        assertEquals(0.016, sum.path("volumeM3").asDouble(), 1e-9);
        assertEquals(3, sum.path("parts").asInt());
        JsonNode other = h.get("/api/v1/resource-versions/" + hull + "/aggregates?choose=bolts:" + boltB, a).json();
        assertEquals(132.0, other.path("massKg").asDouble(), 1e-9);
        assertEquals(1810, other.path("cost").asLong());

        Http.Reply cycle = line(h, a, draftOf(h, a, resourceOf(h, a, ore), "2.0.0"), hull, "1", "pcs", null, 422);
        assertError(cycle, 422, "validation_failed");
        assertEquals("[\"ore-" + x + "\",\"hull-" + x + "@1.0.0\",\"plate-" + x + "@1.0.0\",\"ore-" + x + "@1.0.0\"]",
                cycle.json().path("details").path("cycle").toString());
        assertError(line(h, a, hull, draftOf(h, a, resourceOf(h, a, hull), "1.1.0"), "1", "pcs", null, 422), 422,
                "validation_failed");
        assertError(line(h, a, hull, plate, "-1", "pcs", null, 422), 422, "validation_failed");
        assertError(line(h, a, hull, plate, "1", "m3", null, 422), 422, "validation_failed");
        assertError(line(h, a, hull, plate, "1", "lb", null, 422), 422, "validation_failed");
        assertError(line(h, a, hull, "no-such-version", "1", "pcs", null, 422), 422, "validation_failed");
        assertEquals(4, h.get("/api/v1/resource-versions/" + hull, a).json().path("bom").size());

        assertError(line(h, stranger, hull, plate, "1", "pcs", null, 403), 403, "forbidden");
        assertError(h.post("/api/v1/resources/" + resourceOf(h, a, ore) + "/versions",
                "{\"version\":\"9.0.0\",\"unit\":\"kg\"}", stranger), 403, "forbidden");
        assertError(h.post("/api/v1/resources/" + resourceOf(h, a, ore) + "/versions",
                "{\"version\":\"1.0.0\",\"unit\":\"kg\"}", a), 409, "conflict");

        assertEquals(200, h.post("/api/v1/resource-versions/" + hull + "/publish", "{}", a).status());
        assertError(h.send("PATCH", "/api/v1/resource-versions/" + hull, "{\"massKg\":1}", a, "application/json"), 409,
                "conflict");
        assertError(line(h, a, hull, boltA, "1", "pcs", null, 409), 409, "conflict");
        assertEquals("deprecated", h.post("/api/v1/resource-versions/" + hull + "/deprecate", "{}", a).json()
                .path("status").asText());
        String dock = draft(h, a, "dock-" + x, "pcs", "\"cost\":1");
        assertError(line(h, a, dock, hull, "1", "pcs", null, 422), 422, "validation_failed");
        assertError(h.send("DELETE", "/api/v1/resources/" + resourceOf(h, a, ore), null, a, null), 409, "conflict");
        String unpublishedPart = draft(h, a, "strut-" + x, "pcs", "\"cost\":1");
        line(h, a, dock, unpublishedPart, "2", "pcs", null, 200);
        assertError(h.post("/api/v1/resource-versions/" + dock + "/publish", "{}", a), 409, "conflict");
    }

    static Http.Reply line(Http h, String token, String parent, String child, String qty, String unit,
            String more, int expected) {
        Http.Reply r = h.post("/api/v1/resource-versions/" + parent + "/bom", "{\"childVersionId\":\"" + child
                + "\",\"qty\":" + qty + ",\"unit\":\"" + unit + "\"" + (more == null ? "" : more) + "}", token);
        assertEquals(r.body(), expected, r.status());
        return r;
    }

    /** A new resource with a draft 1.0.0 counted in {@code unit}; the version's id. */
    static String draft(Http h, String token, String code, String unit, String own) {
        Http.Reply r = h.post("/api/v1/resources", "{\"code\":\"" + code + "\",\"name\":\"" + code
                + "\",\"category\":\"part\"}", token);
        assertEquals(r.body(), 201, r.status());
        Http.Reply v = h.post("/api/v1/resources/" + r.json().path("id").asText() + "/versions", "{\"version\":\"1.0.0\","
                + "\"unit\":\"" + unit + "\"," + own + "}", token);
        assertEquals(v.body(), 201, v.status());
        return v.json().path("id").asText();
    }

    static String published(Http h, String token, String code, String unit, String own) {
        String v = draft(h, token, code, unit, own);
        assertEquals(200, h.post("/api/v1/resource-versions/" + v + "/publish", "{}", token).status());
        return v;
    }

    private static String resourceOf(Http h, String token, String versionId) {
        return h.get("/api/v1/resource-versions/" + versionId, token).json().path("resourceId").asText();
    }

    private static String draftOf(Http h, String token, String resourceId, String version) {
        Http.Reply v = h.post("/api/v1/resources/" + resourceId + "/versions", "{\"version\":\"" + version
                + "\",\"unit\":\"pcs\"}", token);
        assertEquals(v.body(), 201, v.status());
        return v.json().path("id").asText();
    }

    private static String codes(JsonNode units) {
        java.util.List<String> out = new java.util.ArrayList<>();
        units.forEach(u -> out.add(u.path("code").asText()));
        return Http.JSON.valueToTree(out.stream().sorted().toList()).toString();
    }
}
