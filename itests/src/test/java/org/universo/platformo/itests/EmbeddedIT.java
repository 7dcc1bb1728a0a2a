package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The distribution as shipped: embedded H2 under data/, nothing installed, the shipped registration limit; the
 * test client is a trusted proxy here, so X-Forwarded-For gives each simulated client its own address.
 */
@RunWith(PaxExam.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING) // the fresh install's first account comes first
@ExamReactorStrategy(PerClass.class)
public class EmbeddedIT extends BaseIT {

    private static final String METRICS_TOKEN = "it-metrics-token-4f1c9a";

    @Configuration
    public Option[] config() {
        return new Option[] {distribution(
                editConfigurationFilePut("etc/org.universo.platformo.auth.cfg", "registrations.per.address", "10"),
                editConfigurationFilePut("etc/org.universo.platformo.rest.cfg", "trusted.proxies", "127.0.0.1"),
                editConfigurationFilePut("etc/org.universo.platformo.metrics.cfg", "bearer.token", METRICS_TOKEN))};
    }

    @Test
    public void aFreshInstallBootsOnTheEmbeddedDatabaseAndSignsIn() throws Exception {
        Http h = http();
        assertTrue(features.isInstalled(features.getFeature("universo-core")));
        assertPlatformComponentsActive();
        JsonNode health = h.get("/api/v1/health", null).json();
        assertEquals("h2", health.path("checks").path("database").path("detail").asText());

        String email = uniqueEmail();
        assertTrue("the first account administers the installation",
                signedUp(h, email).path("user").path("roles").toString().contains("admin"));
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
        String w = world(h, token, "workshop-" + Long.toString(System.nanoTime(), 36), false);
        Http.Reply tree = h.post("/api/v1/entities/instantiate", "{\"resourceVersionId\":\"" + whole + "\",\"worldId\":\""
                + w + "\",\"components\":{\"Visual\":{\"model\":\"bracket.glb\"}}}", token);
        assertEquals(tree.body(), 201, tree.status());
        JsonNode fetched = h.get("/api/v1/entities/" + tree.json().at("/root/id").asText() + "/tree", token).json();
        assertEquals("JSON components and tree walks on H2", 1.4, fetched.at("/totals/massKg").asDouble(), 1e-9);
        assertEquals("bracket.glb", fetched.at("/components/Visual/data/model").asText());
        Http.Reply unknownCharset = h.send("POST", "/api/v1/auth/login", "{}", null, "application/json; charset=x");
        assertError(unknownCharset, 415, "unsupported_media_type");
        assertTrue(unknownCharset.body(), unknownCharset.body().contains("UTF-8"));
        assertError(h.get("/metrics", null), 403, "forbidden");
        assertError(h.get("/metrics", "wrong-token"), 403, "forbidden");
        Http.Reply scrape = h.get("/metrics", METRICS_TOKEN);
        assertEquals(200, scrape.status());
        assertTrue(scrape.body().contains("universo_http_requests_total"));
        String timing = me.header("Server-Timing");
        assertTrue(timing, timing != null && timing.matches("app;dur=\\d+\\.\\d\\d"));
        Http.Reply logout = h.send("POST", "/api/v1/auth/logout", null, login.json().path("accessToken").asText(), null);
        assertEquals(204, logout.status());
        assertEquals("logged-out refresh token is dead", 401,
                h.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + login.json().path("refreshToken").asText() + "\"}", null).status());
    }

    @Test
    public void textOutsideTheBasicPlaneFillsEveryLimitAndNulIsRefused() throws Exception {
        Http h = http();
        String rocket = "\uD83D\uDE80";
        String rocketEmail = uniqueEmail();
        Http.Reply reg = h.post("/api/v1/auth/register", "{\"email\":\"" + rocketEmail + "\",\"password\":\"correct horse 1\","
                + "\"displayName\":\"" + rocket.repeat(100) + "\"}", null);
        assertEquals(reg.body(), 202, reg.status());
        Http.Reply in = h.post("/api/v1/auth/login", "{\"email\":\"" + rocketEmail + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(rocket.repeat(100), in.json().at("/user/displayName").asText());
        String token = in.json().path("accessToken").asText();
        Http.Reply res = h.post("/api/v1/resources", "{\"code\":\"emoji_1\",\"name\":\"" + rocket.repeat(200)
                + "\",\"description\":\"" + rocket.repeat(4000) + "\",\"category\":\"ore\"}", token);
        assertEquals(res.body(), 201, res.status());
        Http.Reply mv = h.post("/api/v1/metaverses", "{\"name\":\"" + rocket.repeat(200) + "\",\"description\":\""
                + rocket.repeat(4000) + "\",\"visibility\":\"private\"}", token);
        assertEquals(mv.body(), 201, mv.status());
        assertEquals(rocket.repeat(200), h.get("/api/v1/metaverses/" + mv.json().path("id").asText(), token).json()
                .path("name").asText());
        assertEquals("201 characters are one too many, counted as characters", 422, h.post("/api/v1/metaverses",
                "{\"name\":\"" + rocket.repeat(201) + "\",\"visibility\":\"private\"}", token).status());

        Http.Reply nul = h.post("/api/v1/metaverses", "{\"name\":\"a\\u0000b\",\"visibility\":\"private\"}", token);
        assertEquals(nul.body(), 422, nul.status());
        assertEquals("/name", nul.json().at("/details/errors/0/pointer").asText());
        assertEquals(422, h.post("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\",\"password\":"
                + "\"correct horse 1\",\"displayName\":\"\\ud800\"}", null).status());
        Http.Reply weak = h.post("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\",\"password\":"
                + "\"Password123\"}", null);
        assertEquals(weak.body(), 422, weak.status());
        assertEquals("/password", weak.json().at("/details/errors/0/pointer").asText());
        assertEquals("is one of the most common passwords", weak.json().at("/details/errors/0/message").asText());
        Http.Reply query = h.get("/api/v1/resources?q=%00", token);
        assertEquals(query.body(), 422, query.status());
        assertEquals("validation_failed", query.json().path("code").asText());
        assertEquals("the web server itself refuses an encoded NUL in a path", 400,
                h.get("/api/v1/metaverses/a%00b", token).status());
    }

    @Test
    public void aStrangersWrongPasswordsSlowOnlyThemAndRegistrationIsThrottledPerClient() throws Exception {
        Http h = http();
        String email = uniqueEmail();
        String owner = "203.0.113.10";
        String stranger = "198.51.100.66";
        Http.Reply reg = h.send("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":"
                + "\"correct horse 1\"}", null, "application/json", "X-Forwarded-For", owner);
        assertEquals(reg.body(), 202, reg.status());
        String wrong = "{\"email\":\"" + email + "\",\"password\":\"wrong horse 1\"}";
        String right = "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, h.send("POST", "/api/v1/auth/login", wrong, null, "application/json",
                    "X-Forwarded-For", "6.6.6.6, " + stranger).status());
        }
        Http.Reply slowed = h.send("POST", "/api/v1/auth/login", right, null, "application/json",
                "X-Forwarded-For", stranger);
        assertError(slowed, 429, "rate_limited");
        assertEquals("1", slowed.header("Retry-After"));
        assertEquals("the owner elsewhere signs in", 200, h.send("POST", "/api/v1/auth/login", right, null,
                "application/json", "X-Forwarded-For", owner).status());

        String client = "192.0.2.77";
        for (int i = 0; i < 10; i++) {
            Http.Reply r = h.send("POST", "/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\",\"password\":"
                    + "\"correct horse 1\"}", null, "application/json", "X-Forwarded-For", client);
            assertEquals(r.body(), 202, r.status());
        }
        Http.Reply eleventh = h.send("POST", "/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\","
                + "\"password\":\"correct horse 1\"}", null, "application/json", "X-Forwarded-For", client);
        assertError(eleventh, 429, "rate_limited");
        assertEquals("other clients behind the same proxy still register", 202, h.send("POST", "/api/v1/auth/register",
                "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"correct horse 1\"}", null, "application/json",
                "X-Forwarded-For", "192.0.2.78").status());
    }

    /** Registers an account (202 whether the email had one or not) and signs in: the token pair. */
    private static com.fasterxml.jackson.databind.JsonNode signedUp(Http h, String email) {
        Http.Reply r = h.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(r.body(), 202, r.status());
        Http.Reply in = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(in.body(), 200, in.status());
        return in.json();
    }
}
