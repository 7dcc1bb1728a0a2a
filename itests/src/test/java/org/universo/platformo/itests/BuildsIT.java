package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * Templates and builds through REST on PostgreSQL, with a template registered by the test: settings checked against
 * its schema, jobs queued, run, logged, cancelled, retried, cached by input hash; contributors; and a template
 * upgraded and removed while the server runs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BuildsIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    /** Waits until the build runs and has logged that it is building; the cursor after that line. */
    private static int building(Http h, String token, String job) throws InterruptedException {
        await(h, token, job, "running");
        JsonNode started = h.get("/api/v1/builds/" + job + "/logs", token).json();
        for (int i = 0; i < 100 && !started.toString().contains("Building"); i++) {
            Thread.sleep(50);
            started = h.get("/api/v1/builds/" + job + "/logs", token).json();
        }
        return started.path("next").asInt();
    }

    @Test
    public void aSpaceVersionIsBuiltOnceAndThenServedFromItsInputHash() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String stranger = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class, new EchoTemplate("1.0.0"), null);
        Dictionary<String, Object> target = new Hashtable<>(java.util.Map.of(TemplatePlugin.TARGET_PROPERTY, EchoTemplate.ID));
        ServiceRegistration<ScriptContributor> scripts = context.registerService(ScriptContributor.class,
                ctx -> List.of(new ScriptContributor.Script("gameplay.js", "window.gameplay = true;")), target);
        try {
            JsonNode listed = h.get("/api/v1/templates", a).json();
            assertTrue(listed.toString(), listed.toString().contains("\"itest-echo\""));
            assertEquals("hello", h.get("/api/v1/templates/itest-echo/schema", a).json()
                    .at("/properties/greeting/default").asText());

            Http.Reply bad = h.post("/api/v1/builds", build(space, "{\"greeting\":42,\"colour\":\"red\"}"), a);
            assertError(bad, 422, "validation_failed");
            assertTrue(bad.body(), bad.body().contains("/settings/greeting") && bad.body().contains("colour"));
            assertError(h.post("/api/v1/builds", build(space, "{}").replace("\"version\":1", "\"version\":9"), a), 404, "not_found");
            assertError(h.post("/api/v1/builds", build(space, "{}").replace(EchoTemplate.ID, "nope"), a), 404, "not_found");
            assertError(h.post("/api/v1/builds", build(space, "{}"), stranger), 404, "not_found");

            Http.Reply queued = h.post("/api/v1/builds", build(space, "{\"greeting\":\"hi <b>\"}"), a);
            assertEquals(queued.body(), 202, queued.status());
            JsonNode done = await(h, a, queued.json().path("id").asText(), "succeeded");
            assertEquals("1.0.0", done.path("templateVersion").asText());
            String page = h.get("/api/v1/builds/" + done.path("id").asText() + "/files/index.html", a).body();
            assertTrue(page, page.contains("space " + space + " v1") && page.contains("api /api/v1"));
            assertTrue(page, page.contains("<script src=\"scripts/gameplay.js\">"));
            assertTrue("every app carries the platform's sign-in runtime, first: " + page,
                    page.indexOf("scripts/universo-session.js") >= 0
                            && page.indexOf("scripts/universo-session.js") < page.indexOf("scripts/gameplay.js"));
            JsonNode artifact = h.get("/api/v1/builds/" + done.path("id").asText() + "/artifact", a).json();
            assertEquals(done.path("inputHash").asText(), artifact.path("hash").asText());
            assertEquals("page, gameplay.js, universo-session.js", 3, artifact.path("files").asInt());
            String log = h.get("/api/v1/builds/" + done.path("id").asText() + "/logs", a).json().toString();
            assertTrue(log, log.contains("Queued") && log.contains("echo 1.0.0") && log.contains("Stored 3 files"));
            assertError(h.get("/api/v1/builds/" + done.path("id").asText(), stranger), 404, "not_found");
            assertError(h.get("/api/v1/builds/" + done.path("id").asText() + "/files/index.html", stranger), 404, "not_found");
            assertError(h.get("/api/v1/builds/" + done.path("id").asText() + "/files/..%2F..%2Fetc%2Fpasswd", a), 404, "not_found");

            Http.Reply again = h.post("/api/v1/builds", build(space, "{\"greeting\":\"hi <b>\",\"delayMs\":0}"), a);
            assertEquals(again.body(), 200, again.status());
            assertTrue(again.json().path("cached").asBoolean());
            assertEquals(done.path("inputHash").asText(), again.json().path("inputHash").asText());
            JsonNode reuseLog = h.get("/api/v1/builds/" + again.json().path("id").asText() + "/logs", a).json();
            assertTrue(reuseLog.toString(), reuseLog.path("done").asBoolean() && reuseLog.path("lines").size() == 1
                    && reuseLog.path("lines").get(0).path("message").asText().contains("artifact is reused"));
            assertEquals(0, h.get("/api/v1/builds/" + again.json().path("id").asText() + "/logs?after=1", a).json()
                    .path("lines").size());
            Http.Reply other = h.post("/api/v1/builds", build(space, "{\"greeting\":\"other\"}"), a);
            assertNotEquals(done.path("inputHash").asText(), other.json().path("inputHash").asText());
            await(h, a, other.json().path("id").asText(), "succeeded");
            assertEquals(3, h.get("/api/v1/builds?spaceId=" + space, a).json().size());
            String metrics = h.get("/metrics", null).body();
            assertTrue(metrics, metrics.contains("universo_builds_total{outcome=\"succeeded\",template=\"itest-echo\"} 2.0")
                    && metrics.contains("universo_builds_total{outcome=\"reused\",template=\"itest-echo\"} 1.0")
                    && metrics.contains("universo_build_seconds_count{template=\"itest-echo\"} 2"));

            Http.Reply preview = h.post("/api/v1/builds/preview", build(space, "{\"greeting\":\"draft\"}")
                    .replace("\"version\":1", "\"version\":0"), a);
            assertEquals(preview.body(), 201, preview.status());
            String draft = h.get(preview.json().path("url").asText(), null).body();
            assertTrue("a preview opens without signing in: " + draft, draft.contains("<title>draft</title>")
                    && draft.contains("v0"));
            assertEquals("a preview is no build", 3, h.get("/api/v1/builds?spaceId=" + space, a).json().size());
            assertError(h.get("/api/v1/previews/not-a-token/", null), 404, "not_found");
            assertError(h.post("/api/v1/builds/preview", build(space, "{}"), stranger), 404, "not_found");
        } finally {
            scripts.unregister();
            echo.unregister();
        }
    }

    @Test
    public void buildsCanBeCancelledFailAndBeRetried() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class, new EchoTemplate("1.0.0"), null);
        try {
            String slow = h.post("/api/v1/builds", build(space, "{\"delayMs\":20000}"), a).json().path("id").asText();
            int seen = building(h, a, slow);
            java.util.concurrent.CompletableFuture<Http.Reply> following = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> h.get("/api/v1/builds/" + slow + "/logs?wait=20&after=" + seen, a));
            Thread.sleep(700);
            assertTrue("a waiting log request holds while nothing happens", !following.isDone());
            long cancelledAt = System.currentTimeMillis();
            assertEquals(200, h.post("/api/v1/builds/" + slow + "/cancel", null, a).status());
            JsonNode news = following.get(10, java.util.concurrent.TimeUnit.SECONDS).json();
            assertTrue("answered as soon as a line came: " + (System.currentTimeMillis() - cancelledAt) + " ms",
                    System.currentTimeMillis() - cancelledAt < 5000);
            assertTrue(news.toString(), news.path("lines").get(0).path("message").asText().startsWith("Cancellation requested"));
            await(h, a, slow, "cancelled");
            assertError(h.post("/api/v1/builds/" + slow + "/cancel", null, a), 409, "conflict");

            String failing = h.post("/api/v1/builds", build(space, "{\"fail\":true}"), a).json().path("id").asText();
            JsonNode failed = await(h, a, failing, "failed");
            assertEquals("asked to fail", failed.path("error").asText());
            assertError(h.get("/api/v1/builds/" + failing + "/artifact", a), 409, "conflict");
            assertEquals(2, h.post("/api/v1/builds/" + failing + "/retry", null, a).json().path("attempts").asInt());
            assertEquals(2, await(h, a, failing, "failed").path("attempts").asInt());
            assertTrue(shell("universo:templates").contains("itest-echo"));
            String failedJobs = shell("universo:builds failed");
            assertTrue(failedJobs, failedJobs.contains(failing) && failedJobs.contains("asked to fail"));
            assertTrue(!failedJobs.contains(slow));
            JsonNode logs = h.get("/api/v1/builds/" + failing + "/logs?after=1", a).json();
            assertTrue(logs.toString(), logs.path("done").asBoolean() && logs.path("lines").get(0).path("seq").asInt() == 2);
        } finally {
            echo.unregister();
        }
    }

    @Test
    public void anUpgradedTemplateServesNewBuildsWhileRunningOnesFinishAndARemovedOneKeepsItsArtifacts() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        ServiceRegistration<TemplatePlugin> v1 = context.registerService(TemplatePlugin.class, new EchoTemplate("1.0.0"), null);
        String etag = h.get("/api/v1/templates", a).etag();
        String inFlight = h.post("/api/v1/builds", build(space, "{\"delayMs\":3000}"), a).json().path("id").asText();
        await(h, a, inFlight, "running");
        ServiceRegistration<TemplatePlugin> v2 = context.registerService(TemplatePlugin.class, new EchoTemplate("2.0.0"), null);
        assertEquals("2.0.0", h.get("/api/v1/templates/itest-echo", a).json().at("/manifest/version").asText());
        assertEquals("the list changed", 200, h.send("GET", "/api/v1/templates", null, a, null, "If-None-Match", etag).status());
        String fresh = h.post("/api/v1/builds", build(space, "{\"greeting\":\"v2\"}"), a).json().path("id").asText();
        assertEquals("1.0.0", await(h, a, inFlight, "succeeded").path("templateVersion").asText());
        assertEquals("2.0.0", await(h, a, fresh, "succeeded").path("templateVersion").asText());
        v2.unregister();
        v1.unregister();
        assertError(h.get("/api/v1/templates/itest-echo", a), 404, "not_found");
        assertTrue(h.get("/api/v1/builds/" + fresh + "/files/index.html", a).body().contains("template 2.0.0"));
        assertError(h.post("/api/v1/builds", build(space, "{}"), a), 404, "not_found");
    }

    @Test
    public void aTemplateThatOverflowsItsStackFailsItsJobAndBuildsOfOneInputRunOnce() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        EchoTemplate template = new EchoTemplate("1.0.0");
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class, template, null);
        try {
            String deep = h.post("/api/v1/builds", build(space, "{\"overflow\":true}"), a).json().path("id").asText();
            JsonNode failed = await(h, a, deep, "failed");
            assertTrue(failed.toString(), failed.path("error").asText().contains("StackOverflowError"));
            assertEquals(2, h.post("/api/v1/builds/" + deep + "/retry", null, a).json().path("attempts").asInt());
            await(h, a, deep, "failed");

            // one input submitted six times at once: with two workers the second waits for the first and reuses it
            java.util.List<java.util.concurrent.CompletableFuture<String>> racing = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racing.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> h.post("/api/v1/builds",
                        build(space, "{\"delayMs\":1500,\"greeting\":\"same\"}"), a).json().path("id").asText()));
            }
            java.util.Set<String> hashes = new java.util.HashSet<>();
            for (java.util.concurrent.CompletableFuture<String> job : racing) {
                JsonNode done = await(h, a, job.get(), "succeeded");
                assertFalse(done.toString(), done.path("error").asText().contains("/"));
                hashes.add(done.path("inputHash").asText());
            }
            assertEquals(1, hashes.size());
            assertEquals("generated once for six jobs", 1, template.generations.get());
        } finally {
            echo.unregister();
        }
    }

    private static String build(String space, String settings) {
        return "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\"" + EchoTemplate.ID + "\",\"settings\":"
                + settings + "}";
    }

    private static JsonNode await(Http h, String token, String job, String status) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        JsonNode j = h.get("/api/v1/builds/" + job, token).json();
        while (!status.equals(j.path("status").asText()) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            j = h.get("/api/v1/builds/" + job, token).json();
        }
        assertEquals(j.toString(), status, j.path("status").asText());
        return j;
    }
}
