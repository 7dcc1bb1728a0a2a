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

/** The distribution exactly as shipped: embedded H2 under data/, nothing installed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmbeddedIT extends BaseIT {

    @Configuration
    public Option[] config() {
        return new Option[] {distribution()};
    }

    @Test
    public void bootsOnTheEmbeddedDatabaseAndSignsIn() throws Exception {
        Http h = http();
        assertTrue(features.isInstalled(features.getFeature("universo-core")));
        assertPlatformComponentsActive();
        JsonNode health = h.get("/api/v1/health", null).json();
        assertEquals("h2", health.path("checks").path("database").path("detail").asText());

        String email = uniqueEmail();
        Http.Reply reg = h.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(reg.body(), 201, reg.status());
        assertTrue("the first account administers the installation",
                reg.json().path("user").path("roles").toString().contains("admin"));
        Http.Reply login = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(200, login.status());
        Http.Reply me = h.get("/api/v1/auth/me", login.json().path("accessToken").asText());
        assertEquals(email, me.json().path("email").asText());
        String token = login.json().path("accessToken").asText();
        assertEquals(201, h.post("/api/v1/resources", "{\"code\":\"ice_1\",\"name\":\"Ice 100%\",\"category\":\"ore\"}",
                token).status());
        assertEquals("the catalog search escapes LIKE wildcards on H2 too", 1,
                h.get("/api/v1/resources?q=e_1", token).json().path("total").asInt());
        assertEquals(0, h.get("/api/v1/resources?q=e%25_", token).json().path("total").asInt());
        assertEquals(1, h.get("/api/v1/resources?q=100%25", token).json().path("total").asInt());
        String part = ResourcesIT.published(h, token, "bolt", "pcs", "\"massKg\":0.1");
        String whole = ResourcesIT.draft(h, token, "bracket", "pcs", "\"massKg\":1");
        ResourcesIT.line(h, token, whole, part, "4", "pcs", null, 200);
        assertEquals(200, h.post("/api/v1/resource-versions/" + whole + "/publish", "{}", token).status());
        Http.Reply tree = h.post("/api/v1/entities/instantiate", "{\"resourceVersionId\":\"" + whole + "\",\"worldId\":"
                + "\"w\",\"components\":{\"Visual\":{\"model\":\"bracket.glb\"}}}", token);
        assertEquals(tree.body(), 201, tree.status());
        JsonNode fetched = h.get("/api/v1/entities/" + tree.json().at("/root/id").asText() + "/tree", token).json();
        assertEquals("JSON components and tree walks on H2", 1.4, fetched.at("/totals/massKg").asDouble(), 1e-9);
        assertEquals("bracket.glb", fetched.at("/components/Visual/data/model").asText());
        String timing = me.header("Server-Timing");
        assertTrue(timing, timing != null && timing.matches("app;dur=\\d+\\.\\d\\d"));
        Http.Reply logout = h.send("POST", "/api/v1/auth/logout", null, login.json().path("accessToken").asText(), null);
        assertEquals(204, logout.status());
        assertEquals("logged-out refresh token is dead", 401,
                h.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + login.json().path("refreshToken").asText() + "\"}", null).status());
    }
}
