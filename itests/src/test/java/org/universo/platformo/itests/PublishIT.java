package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

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
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * Publications through REST on PostgreSQL and apps served at /p/{slug}/: versions from builds, statuses, activation,
 * rollback, preview links, caching headers, access control and audit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PublishIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        // the web port chosen here, so that the stage profile can name this server by another host name
        String port = String.valueOf(freePort());
        String stage = "http://localhost:" + port;
        String engine = "etc/org.universo.platformo.template.engine.cfg";
        return new Option[] {postgresDistribution(),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
            editConfigurationFilePut("etc/system.properties", "universo.it.http.port", port),
            editConfigurationFilePut(engine, "profile.stage.api.url", stage + "/api/v1"),
            editConfigurationFilePut(engine, "profile.stage.ws.url", stage.replace("http", "ws") + "/ws"),
            editConfigurationFilePut(engine, "profile.prod.api.url", ""),
            editConfigurationFilePut(engine, "profile.prod.ws.url", "")};
    }

    /**
     * The environment profile is chosen when building for a publication: a dev build talks to the server that
     * serves it, a stage build to the stage endpoints (here the same server under another host name, so every
     * request shows which one the app used), a profile without endpoints is refused, and each profile is its own
     * build (no cache hit across profiles).
     */
    @Test
    public void thePublishedAppTalksToTheEndpointsOfTheProfileItWasBuiltFor() throws Exception {
        Http h = http();
        String port = System.getProperty("universo.it.http.port");
        String stage = "http://localhost:" + port;
        String a = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        Http.Reply prod = h.post("/api/v1/builds", build(space, "prod"), a);
        assertError(prod, 422, "validation_failed");
        assertTrue(prod.body(), prod.body().contains("/profile"));
        assertError(h.post("/api/v1/builds", build(space, "qa"), a), 422, "validation_failed");

        String devJob = succeeded(h, a, h.post("/api/v1/builds", build(space, "dev"), a));
        String stageJob = succeeded(h, a, h.post("/api/v1/builds", build(space, "stage"), a));
        assertFalse("a build for another profile is another build", devJob.equals(stageJob));
        try (Browser browser = new Browser()) {
            for (String[] profile : new String[][] {{"dev", devJob, "/api/v1", "http://127.0.0.1:" + port},
                {"stage", stageJob, stage + "/api/v1", stage}}) {
                String slug = "profile-" + profile[0] + "-" + Long.toHexString(System.nanoTime());
                String p = "/api/v1/publications/" + created(h.post("/api/v1/publications", "{\"spaceId\":\"" + space
                        + "\",\"slug\":\"" + slug + "\",\"name\":\"P\",\"visibility\":\"public\"}", a)).path("id")
                        .asText();
                created(h.post(p + "/versions", "{\"buildId\":\"" + profile[1] + "\",\"status\":\"release\"}", a));
                assertEquals(200, h.post(p + "/activate", "{\"version\":1}", a).status());
                String url = "http://127.0.0.1:" + port + "/p/" + slug + "/";
                try (Browser.Page page = browser.open(url + "#handoff=" + handoff(h, a))) {
                    JsonNode universo = Http.JSON.readTree(page.eval("JSON.stringify(window.UNIVERSO)"));
                    assertEquals(profile[0], universo.path("profile").asText());
                    assertEquals(profile[2], universo.path("apiUrl").asText());
                    page.until("window.UNIVERSO_SESSION.accessToken()", 10_000,
                            "document.getElementById('universo-sign-in-message') ? 'sign-in form shown' : 'waiting'");
                    List<String> api = page.requests().stream().filter(r -> r.contains("/api/v1/")).toList();
                    assertTrue(profile[0] + " signs in through " + profile[3] + ": " + api, !api.isEmpty()
                            && api.stream().allMatch(r -> r.startsWith(profile[3] + "/api/v1/")));
                    assertEquals(page.errors().toString(), 0, page.errors().size());
                }
            }
        }
    }

    private static String build(String space, String profile) {
        return "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\"playcanvas-core\",\"profile\":\""
                + profile + "\",\"settings\":{\"cameraControls\":\"none\"}}";
    }

    private static String succeeded(Http h, String token, Http.Reply queued) throws InterruptedException {
        assertTrue(queued.body(), queued.status() == 202 || queued.status() == 200);
        String job = queued.json().path("id").asText();
        long end = System.currentTimeMillis() + 60_000;
        JsonNode j = h.get("/api/v1/builds/" + job, token).json();
        while (!java.util.Set.of("succeeded", "failed").contains(j.path("status").asText())
                && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            j = h.get("/api/v1/builds/" + job, token).json();
        }
        assertEquals(j.toString(), "succeeded", j.path("status").asText());
        return job;
    }

    @Test
    public void versionsAreActivatedRolledBackAndServedWithTheRightHeaders() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class, new EchoTemplate("1.0.0"), null);
        try {
            String space = versionedSpace(h, a);
            String first = build(h, a, space, "first");
            String second = build(h, a, space, "second");
            String slug = "sector-" + Long.toHexString(System.nanoTime());
            JsonNode pub = created(h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\"" + slug
                    + "\",\"name\":\"Sector\",\"visibility\":\"public\"}", a));
            String p = "/api/v1/publications/" + pub.path("id").asText();
            assertError(h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\"" + slug
                    + "\",\"name\":\"Again\",\"visibility\":\"public\"}", a), 409, "conflict");
            assertEquals(1, created(h.post(p + "/versions", "{\"buildId\":\"" + first + "\"}", a)).path("number").asInt());
            assertEquals(404, h.get("/p/" + slug + "/", null).status());
            assertEquals("an unreleased version is not public", 404, h.get("/p/" + slug + "/v/1/", null).status());

            JsonNode link = created(h.post(p + "/versions/1/preview-links", "{\"ttlSeconds\":600}", a));
            Http.Reply preview = h.get(link.path("url").asText(), null);
            assertEquals(200, preview.status());
            assertTrue(preview.body(), preview.body().contains("<title>first</title>"));
            assertEquals("private, no-store", preview.cacheControl());
            assertEquals("no cookie: the token is in the path, so the page's files carry it", null,
                    preview.header("Set-Cookie"));
            assertTrue(preview.header("Content-Security-Policy"), preview.header("Content-Security-Policy")
                    .startsWith("sandbox allow-scripts") && preview.header("Content-Security-Policy")
                    .contains("frame-ancestors 'self'"));
            assertEquals("*", preview.header("Access-Control-Allow-Origin"));
            assertEquals("no-referrer", preview.header("Referrer-Policy"));
            String token = link.path("url").asText().replaceAll(".*/t/([^/]+)/$", "$1");
            assertEquals(200, h.get("/p/" + slug + "/v/1/t/" + token + "/index.html", null).status());
            assertEquals(404, h.get("/p/" + slug + "/v/1/index.html", null).status());
            Http.Reply old = h.get("/p/" + slug + "/v/1/?token=" + token, null);
            assertEquals("a ?token= link moves the token into the path", "/p/" + slug + "/v/1/t/" + token + "/",
                    old.header("Location"));
            assertEquals(404, h.get("/p/" + slug + "/v/1/t/forged-token-0123456789/", null).status());

            assertError(h.post(p + "/activate", "{\"version\":1}", a), 409, "conflict");
            assertEquals("release", h.send("PATCH", p + "/versions/1", "{\"status\":\"release\"}", a, "application/json")
                    .json().path("status").asText());
            assertEquals(1, h.post(p + "/activate", "{\"version\":1}", a).json().path("activeVersion").asInt());
            Http.Reply live = h.get("/p/" + slug + "/", null);
            assertEquals(200, live.status());
            assertTrue(live.body().contains("<title>first</title>"));
            assertTrue(live.header("Content-Type"), live.header("Content-Type").startsWith("text/html"));
            assertEquals("no-cache", live.cacheControl());
            assertNotNull(live.etag());
            assertEquals(304, h.send("GET", "/p/" + slug + "/", null, null, null, "If-None-Match", live.etag()).status());
            assertEquals("public, max-age=31536000, immutable", h.get("/p/" + slug + "/v/1/index.html", null).cacheControl());
            Http.Reply slash = h.get("/p/" + slug, null);
            assertEquals(302, slash.status());
            assertEquals("relative: never built from the Host header", "/p/" + slug + "/", slash.header("Location"));

            created(h.post(p + "/versions", "{\"buildId\":\"" + second + "\",\"status\":\"release\",\"label\":\"2\"}", a));
            h.post(p + "/activate", "{\"version\":2}", a);
            assertTrue(h.get("/p/" + slug + "/", null).body().contains("<title>second</title>"));
            assertError(h.send("PATCH", p + "/versions/2", "{\"status\":\"deprecated\"}", a, "application/json"), 409, "conflict");
            assertError(h.send("PATCH", p + "/versions/2", "{\"status\":\"draft\"}", a, "application/json"), 409, "conflict");
            assertEquals(1, h.post(p + "/rollback", null, a).json().path("activeVersion").asInt());
            assertTrue(h.get("/p/" + slug + "/", null).body().contains("<title>first</title>"));

            for (String bad : List.of("/p/" + slug + "/..%2F..%2Fetc%2Fpasswd", "/p/" + slug + "/%2e%2e/%2e%2e/etc/passwd",
                    "/p/" + slug + "/v/1/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/p/" + slug + "/missing.js", "/p/NOPE/")) {
                assertEquals(bad, 404, h.get(bad, null).status());
            }
            List<String> actions = new ArrayList<>();
            h.get(p + "/audit", a).json().forEach(e -> actions.add(e.path("action").asText()));
            assertTrue(actions.toString(), actions.containsAll(List.of("create", "version", "preview", "status",
                    "activate", "rollback")));
        } finally {
            echo.unregister();
        }
    }

    @Test
    public void onlyMembersReachAPublicationAndPrivateOnesAreNotServed() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String viewer = register(h, uniqueEmail());
        String stranger = register(h, uniqueEmail());
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class, new EchoTemplate("1.0.0"), null);
        try {
            String space = versionedSpace(h, a);
            String job = build(h, a, space, "private");
            assertError(h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\"stolen-" + Long.toHexString(System.nanoTime())
                    + "\",\"name\":\"x\",\"visibility\":\"public\"}", stranger), 404, "not_found");
            String slug = "hidden-" + Long.toHexString(System.nanoTime());
            String p = "/api/v1/publications/" + created(h.post("/api/v1/publications", "{\"spaceId\":\"" + space
                    + "\",\"slug\":\"" + slug + "\",\"name\":\"Hidden\",\"visibility\":\"private\"}", a)).path("id").asText();
            assertError(h.post(p + "/versions", "{\"buildId\":\"" + job + "\"}", stranger), 404, "not_found");
            created(h.post(p + "/versions", "{\"buildId\":\"" + job + "\",\"status\":\"release\"}", a));
            h.post(p + "/activate", "{\"version\":1}", a);
            assertEquals("a private publication is not served", 404, h.get("/p/" + slug + "/", null).status());
            assertEquals(404, h.get("/p/" + slug + "/v/1/", null).status());
            String url = created(h.post(p + "/versions/1/preview-links", "{}", a)).path("url").asText();
            assertEquals(200, h.get(url, null).status());

            String viewerId = h.get("/api/v1/auth/me", viewer).json().path("id").asText();
            assertEquals(204, h.send("PUT", p + "/members/" + viewerId, "{\"role\":\"viewer\"}", a, "application/json").status());
            assertEquals("viewer", h.get(p, viewer).json().path("myRole").asText());
            assertError(h.post(p + "/activate", "{\"version\":1}", viewer), 403, "forbidden");
            assertError(h.post(p + "/versions/1/preview-links", "{}", viewer), 403, "forbidden");
            for (Http.Reply r : List.of(h.get(p, stranger), h.get(p + "/versions", stranger), h.get(p + "/audit", stranger),
                    h.post(p + "/rollback", null, stranger), h.send("DELETE", p, null, stranger, null),
                    h.send("PATCH", p, "{\"visibility\":\"public\"}", stranger, "application/json"))) {
                assertError(r, 404, "not_found");
            }
            assertEquals(0, h.get("/api/v1/publications", stranger).json().size());
            assertError(h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\"Bad Slug\",\"name\":\"x\","
                    + "\"visibility\":\"public\"}", a), 422, "validation_failed");
        } finally {
            echo.unregister();
        }
    }

    private static JsonNode created(Http.Reply r) {
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }

    private static String build(Http h, String token, String space, String greeting) throws InterruptedException {
        Http.Reply r = h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\""
                + EchoTemplate.ID + "\",\"settings\":{\"greeting\":\"" + greeting + "\"}}", token);
        String id = r.json().path("id").asText();
        long end = System.currentTimeMillis() + 30_000;
        while (!"succeeded".equals(h.get("/api/v1/builds/" + id, token).json().path("status").asText())
                && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertEquals("succeeded", h.get("/api/v1/builds/" + id, token).json().path("status").asText());
        return id;
    }
}
