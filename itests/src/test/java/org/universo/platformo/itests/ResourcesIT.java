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

    private static String codes(JsonNode units) {
        java.util.List<String> out = new java.util.ArrayList<>();
        units.forEach(u -> out.add(u.path("code").asText()));
        return Http.JSON.valueToTree(out.stream().sorted().toList()).toString();
    }
}
