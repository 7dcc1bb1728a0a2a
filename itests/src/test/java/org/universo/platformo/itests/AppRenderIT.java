package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A sample space published through a template and opened in headless Chromium: the page draws something, logs no
 * error, and requests nothing but its own files.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AppRenderIT extends BaseIT {
    /** Configured secrets that no published file may contain. */
    static final String PLATFORM_SECRET = "it-platform-token-secret-0123456789abcdefghij";
    static final String S3_SECRET = "it-s3-secret-key-never-in-an-app";

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution(), editConfigurationFilePut("etc/system.properties",
                "universo.it.hello.jar", System.getProperty("universo.it.hello.jar")),
            editConfigurationFilePut("etc/org.universo.platformo.auth.cfg", "jwt.secret", PLATFORM_SECRET),
            editConfigurationFilePut("etc/org.universo.platformo.artifacts.s3.cfg", "bucket", "unused"),
            editConfigurationFilePut("etc/org.universo.platformo.artifacts.s3.cfg", "secret.key", S3_SECRET)};
    }

    @Test
    public void theExampleTemplateRendersTheSampleSector() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        Path jar = Path.of(System.getProperty("karaf.base"), "deploy", "hello.jar");
        Files.copy(Path.of(System.getProperty("universo.it.hello.jar")), jar, StandardCopyOption.REPLACE_EXISTING);
        try {
            long end = System.currentTimeMillis() + 30_000;
            while (h.get("/api/v1/templates/hello", a).status() != 200 && System.currentTimeMillis() < end) {
                Thread.sleep(200);
            }
            Published app = publish(h, a, sampleSpace(h, a, "mmoomm-sector"), "hello", "{\"heading\":\"Sector\"}");
            assertNoSecrets(h, a, app.job());
            String url = app.url();
            try (Browser browser = new Browser()) {
                Browser.Visit v = browser.visit(url, 1000);
                assertEquals(v.errors().toString(), 0, v.errors().size());
                assertTrue("something is drawn", v.foregroundPixels() > 500);
                assertOnlyOwnFiles(url, v);
            }
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    @Test
    public void playCanvasRendersTheSampleSectorWithWebGl() throws Exception {
        rendersTheSector("playcanvas-core", "{\"cameraControls\":\"none\"}");
    }

    @Test
    public void aframeRendersTheSampleSectorWithWebGl() throws Exception {
        rendersTheSector("aframe-core", "{\"movement\":\"none\",\"vrButton\":false}");
    }

    @Test
    public void theArQuizRunsInWallpaperModeAndCountsPoints() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        Published app = publish(h, a, sampleSpace(h, a, "quiz"), "arjs-core", "{\"mode\":\"wallpaper\"}");
        assertNoSecrets(h, a, app.job());
        String play = "new Promise(function (done) {"
                + " var q = document.getElementById('universo-quiz');"
                + " var first = q.querySelector('h1').textContent;"
                + " q.querySelectorAll('button')[0].click();"
                + " setTimeout(function () { q.querySelectorAll('button')[1].click();"
                + "  setTimeout(function () { done(first + ' | ' + q.textContent); }, 100); }, 100); })";
        try (Browser browser = new Browser()) {
            Browser.Visit v = browser.visit(app.url(), 2000, play);
            assertEquals(v.errors().toString(), 0, v.errors().size());
            assertTrue("the scene and the quiz are drawn: " + v.foregroundPixels(), v.foregroundPixels() > 2000);
            assertOnlyOwnFiles(app.url(), v);
            assertTrue(v.probe(), v.probe().startsWith("Which planet is known as the Red Planet?"));
            assertTrue("Mars (+10), then None (-10 and +1 for question 2): " + v.probe(), v.probe().contains("Your points: 1"));
            assertTrue(v.probe(), v.probe().contains("Your email"));
            String lead = "new Promise(function (done) { var q = document.getElementById('universo-quiz');"
                    + " q.querySelectorAll('button')[0].click();"
                    + " setTimeout(function () { q.querySelectorAll('button')[1].click();"
                    + "  setTimeout(function () { var f = q.querySelector('form');"
                    + "   f.querySelector('input[name=name]').value = 'Ada';"
                    + "   f.querySelector('input[name=email]').value = 'ada@example.org';"
                    + "   f.querySelector('button').click();"
                    + "   setTimeout(function () { done(q.textContent); }, 1500); }, 100); }, 100); })";
            Browser.Visit sent = browser.visit(app.url(), 1500, lead);
            assertEquals(sent.errors().toString(), 0, sent.errors().size());
            assertEquals("Thank you!", sent.probe());
        }
        JsonNode leads = h.get(app.publication() + "/leads", a).json();
        assertEquals(leads.toString(), "ada@example.org", leads.get(0).path("email").asText());
        assertEquals(1, leads.get(0).path("points").asInt());
        Http.Reply nowhere = h.post("/api/v1/apps/no-such-app/leads", "{\"email\":\"x@example.org\"}", null);
        String slug = app.url().replaceFirst(".*/p/", "").replace("/", "");
        Http.Reply somewhere = h.post("/api/v1/apps/" + slug + "/leads", "{\"email\":\"y@example.org\"}", null);
        assertEquals("a lead for no app is answered as one for an app: no oracle of which apps exist",
                somewhere.status() + " " + somewhere.body(), nowhere.status() + " " + nowhere.body());
        assertEquals(2, h.get(app.publication() + "/leads", a).json().size());
        assertError(h.post("/api/v1/apps/x/leads", "{\"email\":\"not an email\"}", null), 422, "validation_failed");
        assertError(h.get(app.publication() + "/leads", register(h, uniqueEmail())), 404, "not_found");
    }

    @Test
    public void theMmoommClientFliesMinesAndTradesInTheSampleSector() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        Published app = publish(h, a, sampleSpace(h, a, "mmoomm-sector"), "playcanvas-mmoomm", "{\"startingInmo\":100}");
        assertNoSecrets(h, a, app.job());
        String play = "(function () { var g = window.UNIVERSO_GAME; var out = [g.trade()];"
                + " g.moveTo('asteroid'); out.push(g.mine()); g.moveTo('station'); out.push(g.trade());"
                + " out.push('inmo=' + g.state.inmo + ' cargo=' + g.state.cargo);"
                + " return out.join(' | ') + ' | ' + document.getElementById('hud-world').textContent; })()";
        try (Browser browser = new Browser()) {
            Browser.Visit v = browser.visit(app.url(), 2000, play);
            assertEquals(v.errors().toString(), 0, v.errors().size());
            assertTrue("the ship and the HUD are drawn: " + v.foregroundPixels(), v.foregroundPixels() > 2000);
            assertOnlyOwnFiles(app.url(), v);
            assertTrue(v.probe(), v.probe().startsWith("No station in range | Mined 3 m³ of asteroidMass"));
            assertTrue("3 m³ sold at 12.5 Inmo each: " + v.probe(), v.probe().contains("inmo=138 cargo=0"));
            assertTrue(v.probe(), v.probe().endsWith("Kubio-7"));
        }
    }

    /**
     * Two browsers open the same MMOOMM app published in multiplayer mode, each signed in as another player: both join
     * the room, see the other ship, thrust, and see the other one move; prediction needs no hard correction. Then
     * again through a proxy adding 80–120 ms of round trip with jitter.
     */
    @Test
    public void twoPlayersMeetInAMultiplayerMmoommApp() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        Published app = publish(h, a, sampleSpace(h, a, "mmoomm-sector"), "playcanvas-mmoomm", "{\"mode\":\"multi\"}");
        assertNoSecrets(h, a, app.job());
        meet(h, app.url(), a, b, "direct");
        int port = Integer.getInteger("universo.it.http.port");
        try (LatencyProxy slow = new LatencyProxy(port, 50, 10)) {
            meet(h, app.url().replace(":" + port + "/", ":" + slow.port() + "/"), a, b, "80-120 ms RTT");
        }
    }

    private static void meet(Http h, String url, String a, String b, String network) throws Exception {
        String play = "new Promise(function (done) { var t0 = Date.now();"
                + " function pos(id) { var e = UNIVERSO_NET.client.world.get(id); return e ? e.pos : null; }"
                + " (function wait() { var n = window.UNIVERSO_NET;"
                // the world holds the drawn entities too: the other player is the other avatar
                + "  var avatars = n && n.client ? Array.from(n.client.world.keys()).filter(function (k) {"
                + "   return k !== n.myId && k.indexOf('avatar-') === 0; }) : [];"
                + "  if (n && n.status === 'joined' && avatars.length >= 1) {"
                + "   var other = avatars[0];"
                + "   var before = pos(other); var f0 = n.frames; n.setInput({ tz: 1, yaw: 0.3 });"
                + "   setTimeout(function () { n.setInput({ tz: -0.5, yaw: -0.6 }); }, 2500);"
                + "   setTimeout(function () { var after = pos(other);"
                + "    var ms = n.frameMs.slice().sort(function (x, y) { return x - y; });"
                + "    done(JSON.stringify({ moved: Math.hypot(after.x - before.x, after.y - before.y, after.z - before.z),"
                + "     frames: n.frames - f0, snapFrames: n.snapFrames, corrections: n.corrections,"
                + "     meanCorrection: n.meanCorrection, remote: n.remote,"
                + "     p50FrameMs: ms[Math.floor(ms.length / 2)], p95FrameMs: ms[Math.floor(ms.length * 0.95)],"
                + "     rtt: n.client.sync.rtt, jitter: n.client.sync.jitter, status: n.status })); }, 5000);"
                + "  } else if (Date.now() - t0 > 20000) { done(JSON.stringify({ status: n ? n.status : 'no runtime' })); }"
                + "  else { setTimeout(wait, 50); } })(); })";
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Browser.Visit>> visits = new java.util.ArrayList<>();
            for (String token : List.of(a, b)) {
                String code = handoff(h, token);   // the editor's Play: a one-time code, never a token in the URL
                visits.add(two.submit(() -> {
                    try (Browser browser = new Browser()) {
                        return browser.visit(url + "#handoff=" + code, 500, play);
                    }
                }));
            }
            for (java.util.concurrent.Future<Browser.Visit> f : visits) {
                Browser.Visit v = f.get(90, java.util.concurrent.TimeUnit.SECONDS);
                System.out.println("multiplayer player, " + network + ": " + v.probe());
                assertEquals(v.errors().toString(), 0, v.errors().size());
                assertOnlyOwnFiles(url, v);
                JsonNode r = Http.JSON.readTree(v.probe());
                assertEquals(v.probe(), "joined", r.path("status").asText());
                assertTrue("the other ship moved in this player's view: " + v.probe(), r.path("moved").asDouble() > 20);
                assertTrue("frames drawn: " + v.probe(), r.path("frames").asInt() > 60);
                assertTrue("hard corrections in under 1 % of frames: " + v.probe(),
                        r.path("snapFrames").asDouble() < 0.01 * r.path("frames").asDouble());
                assertTrue("mean correction under 0.5 m: " + v.probe(), r.path("meanCorrection").asDouble() < 0.5);
                // frame pacing is measured (printed above, recorded in docs/benchmarks.md), not asserted: on the
                // shared cores it is the scheduler's, and a bound loose enough never to flake would catch nothing
            }
        } finally {
            two.shutdownNow();
        }
    }

    /**
     * What the creator draws is what players see, in every template: a red box, a green sphere and a blue box of one
     * size, lit by the creator's light, draw in their own colours (not one for all), at the same size in PlayCanvas,
     * A-Frame and AR.js without a marker, and their lit faces are bright.
     */
    @Test
    public void everyTemplateDrawsTheCreatorsColoursSizesAndLight() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String unik = h.post("/api/v1/uniks", "{\"name\":\"Looks\"}", a).json().path("id").asText();
        String space = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Looks\"}", a).json().path("id")
                .asText();
        ObjectNode graph = Http.JSON.createObjectNode();
        ObjectNode canvas = graph.putArray("canvases").addObject().put("id", "main").put("name", "Main").put("order", 0);
        ArrayNode nodes = canvas.putArray("nodes");
        ArrayNode edges = canvas.putArray("edges");
        nodes.addObject().put("id", "root").put("type", "Space").set("data", Http.JSON.createObjectNode()
                .put("spaceName", "Looks").put("backgroundColor", "#0b1020"));
        nodes.addObject().put("id", "sun").put("type", "Light").set("data", Http.JSON.createObjectNode()
                .put("lightType", "directional").put("lightColor", "#ffffff").put("intensity", 1).put("positionX", 5)
                .put("positionY", 10).put("positionZ", 7));
        edges.addObject().put("id", "sun-in-root").put("source", "sun").put("sourcePort", "light").put("target", "root")
                .put("targetPort", "lights");
        String[][] looks = {{"red", "box", "#ff0000", "-3"}, {"green", "sphere", "#00ff00", "0"},
            {"blue", "box", "#0000ff", "3"}};
        for (String[] look : looks) {
            SpaceWorldsIT.entity(nodes, edges, look[0], look[0], "StaticObject", Double.parseDouble(look[3]), 0);
            SpaceWorldsIT.component(nodes, edges, look[0] + "-look", look[0], Http.JSON.createObjectNode()
                    .put("componentType", "render").put("primitive", look[1]).put("color", look[2]));
        }
        for (JsonNode n : nodes) {
            ((ObjectNode) n).putObject("position").put("x", 0).put("y", 0);
        }
        SpaceWorldsIT.save(h, a, space, 0, graph);
        assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v1\"}", a).status());
        Map<String, int[]> drawn = new java.util.LinkedHashMap<>();
        try (Browser browser = new Browser()) {
            for (String[] t : new String[][] {{"playcanvas-core", "{\"cameraControls\":\"none\"}"},
                {"aframe-core", "{\"movement\":\"none\",\"vrButton\":false}"}, {"arjs-core", "{\"mode\":\"wallpaper\"}"}}) {
                Published app = publish(h, a, space, t[0], t[1]);
                Browser.Visit v = browser.visit(app.url(), 2500);
                assertEquals(t[0] + ": " + v.errors(), 0, v.errors().size());
                int[] counts = colours(v.screenshot());
                System.out.println(t[0] + " draws red/green/blue pixels, brightest lit channel: "
                        + java.util.Arrays.toString(counts));
                for (int i = 0; i < 3; i++) {
                    assertTrue(t[0] + " draws the " + looks[i][0] + " " + looks[i][1] + " in its colour: "
                            + java.util.Arrays.toString(counts), counts[i] > 1500);
                }
                assertTrue(t[0] + " lights the lit faces brightly: " + counts[3], counts[3] >= 140);
                drawn.put(t[0], counts);
            }
        }
        int[] pc = drawn.get("playcanvas-core");
        for (Map.Entry<String, int[]> e : drawn.entrySet()) {
            for (int i = 0; i < 3; i++) {
                double ratio = (double) e.getValue()[i] / pc[i];
                assertTrue(e.getKey() + " draws the " + looks[i][0] + " " + looks[i][1] + " at the size PlayCanvas does ("
                        + e.getValue()[i] + " against " + pc[i] + " pixels)", ratio > 0.7 && ratio < 1.4);
            }
        }
    }

    /**
     * A ring lies in the XZ plane in every template, as PlayCanvas draws a torus and as the server's world has it
     * (A-Frame's own torus stands in XY): a 4 m ring is 4 m wide and deep and only its tube high.
     */
    @Test
    public void aRingLiesFlatInEveryTemplate() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String space = SpaceWorldsIT.newSpace(h, a, "Ring");
        ObjectNode graph = SpaceWorldsIT.palette();
        ArrayNode nodes = (ArrayNode) graph.at("/canvases/0/nodes");
        ArrayNode edges = (ArrayNode) graph.at("/canvases/0/edges");
        SpaceWorldsIT.entity(nodes, edges, "ring", "Ring", "gate", 0, 0);
        ((ArrayNode) nodes.get(1).at("/data/transform/scale")).removeAll().add(4).add(4).add(4);
        SpaceWorldsIT.component(nodes, edges, "ring-look", "ring", Http.JSON.createObjectNode()
                .put("componentType", "render").put("primitive", "torus").put("color", "#ffcc00"));
        nodes.forEach(n -> ((ObjectNode) n).putObject("position").put("x", 0).put("y", 0));
        SpaceWorldsIT.save(h, a, space, 0, graph);
        assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v1\"}", a).status());
        String pc = "(function () { var m = window.UNIVERSO_APP && UNIVERSO_APP.entities.ring && UNIVERSO_APP.entities"
                + ".ring.render && UNIVERSO_APP.entities.ring.render.meshInstances[0]; if (!m) return ''; var e = m.aabb"
                + ".halfExtents; return JSON.stringify([2 * e.x, 2 * e.y, 2 * e.z]); })()";
        String three = "(function () { var r = window.UNIVERSO_APP && UNIVERSO_APP.entities.ring; if (!r || !r.object3D"
                + " || !window.THREE) return ''; r.object3D.updateMatrixWorld(true); var b = new THREE.Box3()"
                + ".setFromObject(r.object3D); if (b.isEmpty()) return ''; var s = b.getSize(new THREE.Vector3());"
                + " return JSON.stringify([s.x, s.y, s.z]); })()";
        try (Browser browser = new Browser()) {
            for (String[] t : new String[][] {{"playcanvas-core", "{\"cameraControls\":\"none\"}", pc},
                {"aframe-core", "{\"movement\":\"none\",\"vrButton\":false}", three},
                {"arjs-core", "{\"mode\":\"wallpaper\"}", three}}) {
                Published app = publish(h, a, space, t[0], t[1]);
                try (Browser.Page page = browser.open(app.url())) {
                    page.until(t[2] + " !== ''", 30_000, "String(document.readyState)");
                    JsonNode size = Http.JSON.readTree(page.eval(t[2]));
                    System.out.println(t[0] + " draws the 4 m ring " + size);
                    assertEquals(t[0] + " " + size, 4, size.get(0).asDouble(), 0.05);
                    assertEquals(t[0] + " " + size, 4, size.get(2).asDouble(), 0.05);
                    assertEquals(t[0] + " lies flat: only the tube is high " + size, 1.6, size.get(1).asDouble(), 0.05);
                }
            }
        }
    }

    /** Pixels clearly red, green and blue (one channel well above both others), and the brightest such channel. */
    private static int[] colours(java.awt.image.BufferedImage img) {
        int[] out = new int[4];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int[] c = {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
                for (int i = 0; i < 3; i++) {
                    if (c[i] > 50 && c[i] > 2 * c[(i + 1) % 3] + 20 && c[i] > 2 * c[(i + 2) % 3] + 20) {
                        out[i]++;
                        out[3] = Math.max(out[3], c[i]);
                    }
                }
            }
        }
        return out;
    }

    private void rendersTheSector(String template, String settings) throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        Published app = publish(h, a, sampleSpace(h, a, "mmoomm-sector"), template, settings);
        assertNoSecrets(h, a, app.job());
        try (Browser browser = new Browser()) {
            Browser.Visit v = browser.visit(app.url(), 2500);
            assertEquals(v.errors().toString(), 0, v.errors().size());
            assertTrue(template + " draws the entities: " + v.foregroundPixels(), v.foregroundPixels() > 2000);
            assertOnlyOwnFiles(app.url(), v);
        }
    }

    /** Every request goes to the app's own server, or is inline data the page made itself. */
    static void assertOnlyOwnFiles(String url, Browser.Visit v) {
        String origin = url.substring(0, url.indexOf("/p/"));
        for (String r : v.requests()) {
            assertTrue(r.substring(0, Math.min(200, r.length())), r.startsWith(origin + "/") || r.startsWith("data:")
                    || r.startsWith("blob:"));
        }
    }

    /** A space of {@code token}'s user holding a sample graph at version 1. */
    static String sampleSpace(Http h, String token, String sample) {
        JsonNode graph = h.get("/api/v1/updl/samples/" + sample, token).json();
        String unik = h.post("/api/v1/uniks", "{\"name\":\"Samples\"}", token).json().path("id").asText();
        String space = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"" + sample + "\"}", token).json()
                .path("id").asText();
        ObjectNode body = Http.JSON.createObjectNode().put("revision", 0);
        body.set("graph", graph);
        Http.Reply saved = h.send("PUT", "/api/v1/spaces/" + space + "/draft", body.toString(), token, "application/json");
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"sample\"}", token).status());
        return space;
    }

    /** An activated publication: the app's absolute URL and the build it serves. */
    record Published(String url, String job, String publication) {
    }

    /** Every file of the build's artifact is free of the configured secrets. */
    static void assertNoSecrets(Http h, String token, String job) {
        JsonNode paths = h.get("/api/v1/builds/" + job + "/artifact", token).json().path("paths");
        assertTrue(paths.toString(), paths.size() > 0);
        for (JsonNode path : paths) {
            String body = h.get("/api/v1/builds/" + job + "/files/" + path.asText(), token).body();
            for (String secret : List.of(PLATFORM_SECRET, S3_SECRET, SUPABASE_SECRET)) {
                assertFalse(path.asText() + " contains a secret", body.contains(secret));
            }
        }
    }

    /** Builds version 1 with the template, publishes and activates it. */
    static Published publish(Http h, String token, String space, String template, String settings) throws Exception {
        String job = h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\"" + template
                + "\",\"settings\":" + settings + "}", token).json().path("id").asText();
        long end = System.currentTimeMillis() + 60_000;
        JsonNode j = h.get("/api/v1/builds/" + job, token).json();
        while (!Set.of("succeeded", "failed").contains(j.path("status").asText()) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            j = h.get("/api/v1/builds/" + job, token).json();
        }
        assertEquals(h.get("/api/v1/builds/" + job + "/logs", token).body(), "succeeded", j.path("status").asText());
        String slug = template + "-" + Long.toHexString(System.nanoTime());
        String p = "/api/v1/publications/" + h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\""
                + slug + "\",\"name\":\"" + template + "\",\"visibility\":\"public\"}", token).json().path("id").asText();
        assertEquals(201, h.post(p + "/versions", "{\"buildId\":\"" + job + "\",\"status\":\"release\"}", token).status());
        assertEquals(200, h.post(p + "/activate", "{\"version\":1}", token).status());
        return new Published("http://127.0.0.1:" + Integer.getInteger("universo.it.http.port") + "/p/" + slug + "/", job, p);
    }
}
