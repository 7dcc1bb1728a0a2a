package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.universo.platformo.realtime.client.RoomClient;

/**
 * The ships and combat domains through REST on our distribution with PostgreSQL, and the MMOOMM overlay dropped into
 * deploy/ of the running server and taken out again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DomainsIT extends BaseIT {
    private static final String VISUALS = "org.universo.platformo.combat.spi.IntegrityVisuals";
    private static final String POSE = "{\"position\":{\"x\":%d,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,"
            + "\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution(), editConfigurationFilePut("etc/system.properties",
                "universo.it.overlay.jars", System.getProperty("universo.it.overlay.jars"))};
    }

    @Test
    public void shipsAreFittedByTheRulesAndShotsGoThroughShieldArmorAndHullOnTheServer() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String world = "arena-" + Long.toHexString(System.nanoTime());
        assertTrue(h.get("/api/v1/ships/catalog", a).json().path("shipTypes").toString().contains("core.shuttle"));
        JsonNode bad = h.post("/api/v1/ships/fittings/check", "{\"shipTypeId\":\"core.shuttle\",\"modules\":["
                + "\"core.pulse-laser\",\"core.pulse-laser\",\"core.pulse-laser\",\"nope\"]}", a).json();
        assertFalse(bad.path("valid").asBoolean());
        assertEquals(bad.toString(), "[\"slot.full\",\"module.unknown\"]", codes(bad.path("violations")));

        String attacker = entity(h, a, world, 0, "");
        String target = entity(h, b, world, 200, ",\"Health\":{\"current\":100,\"max\":100}");
        Http.Reply fitted = put(h, a, "/api/v1/ships/" + attacker, "{\"shipTypeId\":\"core.shuttle\",\"modules\":"
                + "[\"core.pulse-laser\",\"core.afterburner\"]}");
        assertEquals(fitted.body(), 200, fitted.status());
        assertEquals(90, fitted.json().at("/stats/maxSpeed").asDouble(), 1e-9);
        Http.Reply refused = put(h, a, "/api/v1/ships/" + attacker, "{\"shipTypeId\":\"core.shuttle\",\"modules\":"
                + "[\"core.pulse-laser\",\"core.pulse-laser\",\"core.pulse-laser\"],\"expectedVersion\":1}");
        assertError(refused, 422, "validation_failed");
        assertEquals("[\"slot.full\"]", codes(refused.json().at("/details/violations")));
        assertError(put(h, a, "/api/v1/ships/" + attacker, "{\"shipTypeId\":\"core.shuttle\",\"expectedVersion\":7}"),
                409, "conflict");
        assertError(h.get("/api/v1/ships/" + attacker, b), 404, "not_found");
        Http.Reply cheat = h.send("PATCH", "/api/v1/entities/" + attacker, "{\"components\":{\"Ship\":{\"expectedVersion\""
                + ":1,\"data\":{\"shipTypeId\":\"core.shuttle\",\"modules\":[],\"massKg\":1,\"maxSpeed\":9999,"
                + "\"acceleration\":30,\"turnRate\":1.5,\"energyCapacity\":100,\"energyRecharge\":10}}}}", a,
                "application/json");
        assertError(cheat, 422, "validation_failed");

        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "org/universo/platformo/combat/*");
        ServiceRegistration<EventHandler> reg = context.registerService(EventHandler.class, events::add, topics);
        try {
            String shot = "{\"attackerId\":\"" + attacker + "\",\"targetId\":\"" + target + "\",\"weaponId\":"
                    + "\"core.pulse-laser\",\"tClient\":1}";
            Http.Reply hit = h.post("/api/v1/combat/apply", shot, a);
            assertEquals(hit.body(), 200, hit.status());
            assertEquals(10, hit.json().at("/hit/total").asDouble(), 1e-9);
            assertEquals(90, hit.json().at("/hit/after/hull/current").asDouble(), 1e-9);
            Http.Reply again = h.post("/api/v1/combat/apply", shot, a);
            assertError(again, 409, "conflict");
            assertEquals("cooldown", again.json().at("/details/reason").asText());
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertEquals("org/universo/platformo/combat/hit", e.getTopic());
            assertEquals(target, e.getProperty("targetId"));
            JsonNode stored = h.get("/api/v1/entities/" + target, b).json().path("components");
            assertEquals(90, stored.at("/Integrity/data/hull/current").asDouble(), 1e-9);
            assertEquals(90, stored.at("/Health/data/current").asDouble(), 1e-9);
            assertError(h.post("/api/v1/combat/apply", shot.replace("core.pulse-laser", "core.afterburner"), a), 422,
                    "validation_failed");
            assertError(h.post("/api/v1/combat/apply", shot, b), 404, "not_found");
            assertError(h.post("/api/v1/combat/apply", "{\"attackerId\":\"x\"}", a), 422, "validation_failed");
            assertError(h.post("/api/v1/combat/apply", shot, null), 401, "unauthorized");
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void theMmoommOverlayDeploysIntoTheRunningServerAndLeavesCleanly() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        assertError(h.get("/api/v1/mmoomm/materials", a), 404, "not_found");
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        List<Path> dropped = new ArrayList<>();
        for (String jar : System.getProperty("universo.it.overlay.jars").split(",")) {
            Path from = Path.of(jar);
            Path tmp = Files.copy(from, deploy.resolve(from.getFileName() + ".part"), StandardCopyOption.REPLACE_EXISTING);
            dropped.add(Files.move(tmp, deploy.resolve(from.getFileName()), StandardCopyOption.ATOMIC_MOVE));
        }
        Http.Reply materials = h.await("/api/v1/mmoomm/materials", 401, 60_000);
        assertEquals(401, materials.status());
        // each of the overlay's services registers on its own: wait for the last ones. While a JAX-RS resource of the
        // overlay registers, the REST application is rebuilt and its routes may answer 404 for a moment (a known
        // hot-deploy gap, open in the architecture work), so the routes are read once the overlay is all up.
        awaitStatus(h, a, "/api/v1/trading/orders", 200);
        awaitStatus(h, a, "/api/v1/updl/node-types/mmoomm.Asteroid", 200);
        Http.Reply listed = h.get("/api/v1/mmoomm/materials", a);
        assertTrue(listed.status() + " " + listed.body(), listed.body().contains("mmoomm.gold"));
        long until = System.currentTimeMillis() + 30_000;
        while (!h.get("/api/v1/ships/catalog", a).body().contains("mmoomm.vanguard")
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertTrue(h.get("/api/v1/ships/catalog", a).body().contains("mmoomm.vanguard"));
        assertEquals(200, h.get("/api/v1/component-types/mmoomm.Cargo", a).status());
        assertEquals(200, h.get("/api/v1/updl/node-types/mmoomm.Asteroid", a).status());
        assertTrue("rooms draw damage the MMOOMM way", context.getServiceReferences(VISUALS, null) != null);
        String space = AppRenderIT.sampleSpace(h, a, "mmoomm-sector");
        assertTrue("multiplayer apps get the overlay's event feed", multiplayerApp(h, a, space)
                .contains("scripts/mmoomm-events.js"));

        String world = "belt-" + Long.toHexString(System.nanoTime());
        String ship = entity(h, a, world, 0, ",\"mmoomm.Cargo\":{\"capacityM3\":10,\"usedM3\":0,\"items\":{}}");
        assertEquals(200, put(h, a, "/api/v1/ships/" + ship, "{\"shipTypeId\":\"mmoomm.prospector\",\"modules\":"
                + "[\"mmoomm.mining-laser\"]}").status());
        String rock = entity(h, a, world, 500, ",\"mmoomm.Mineable\":{\"materialId\":\"mmoomm.iron\",\"massKg\":50000}");
        Http.Reply mined = h.post("/api/v1/mmoomm/mining/cycle", "{\"shipId\":\"" + ship + "\",\"asteroidId\":\"" + rock
                + "\"}", a);
        assertEquals(mined.body(), 200, mined.status());
        assertEquals(0.5 * 7874, mined.json().path("massKg").asDouble(), 1e-6);
        assertEquals(50000 - 0.5 * 7874, h.get("/api/v1/entities/" + rock, a).json()
                .at("/components/mmoomm.Mineable/data/massKg").asDouble(), 1e-6);

        trade(h, a, register(h, uniqueEmail()), ship, world);
        visualFollowsHits(h, a, world + "-range");
        jump(h, a, register(h, uniqueEmail()), ship, world);

        for (Path p : dropped) {
            Files.delete(p);
        }
        awaitStatus(h, a, "/api/v1/ships/catalog", 200);
        assertError(gone(h, a, "/api/v1/mmoomm/materials"), 404, "not_found");
        assertError(gone(h, a, "/api/v1/trading/orders"), 404, "not_found");
        assertFalse(h.get("/api/v1/ships/catalog", a).body().contains("mmoomm.vanguard"));
        assertError(h.get("/api/v1/component-types/mmoomm.Cargo", a), 404, "not_found");
        assertEquals(404, h.get("/api/v1/updl/node-types/mmoomm.Asteroid", a).status());
        assertEquals("and no longer once it left", null, context.getServiceReferences(VISUALS, null));
        assertFalse("built again without the overlay, the app has no feed: the artifact made with it is not reused",
                multiplayerApp(h, a, space).contains("mmoomm-events.js"));
        assertTrue("stored documents stay readable", h.get("/api/v1/entities/" + ship, a).body()
                .contains("mmoomm.Cargo"));
    }

    /** The miner unloads its ore to the ledger and sells it at a station to a buyer paying in Inmo. */
    private static void trade(Http h, String miner, String buyer, String ship, String station) throws Exception {
        String minerIron = account(h, miner, "IRON");
        String minerInmo = account(h, miner, "INMO");
        String unload = "{\"shipId\":\"" + ship + "\",\"materialId\":\"mmoomm.iron\",\"quantityKg\":3000,"
                + "\"accountId\":\"" + minerIron + "\"}";
        Http.Reply unloaded = h.send("POST", "/api/v1/mmoomm/cargo/unload", unload, miner, "application/json",
                "Idempotency-Key", "u1");
        assertEquals(unloaded.body(), 200, unloaded.status());
        assertEquals(200, h.send("POST", "/api/v1/mmoomm/cargo/unload", unload, miner, "application/json",
                "Idempotency-Key", "u1").status());
        assertEquals(3000, h.get("/api/v1/economy/accounts/" + minerIron, miner).json().path("balance").asLong());
        assertError(h.send("POST", "/api/v1/mmoomm/cargo/unload", unload, miner, "application/json",
                "Idempotency-Key", "u2"), 409, "conflict");

        String sell = "{\"stationId\":\"" + station + "\",\"type\":\"sell\",\"material\":\"IRON\",\"quantity\":"
                + "2000,\"priceInmo\":15,\"inmoAccountId\":\"" + minerInmo + "\",\"goodsAccountId\":\"" + minerIron
                + "\"}";
        Http.Reply ask = h.send("POST", "/api/v1/trading/orders", sell, miner, "application/json", "Idempotency-Key",
                "sell-1");
        assertEquals(ask.body(), 201, ask.status());
        assertError(h.post("/api/v1/trading/orders", sell, miner), 400, "bad_request");
        assertEquals(200, h.send("POST", "/api/v1/trading/orders", sell, miner, "application/json",
                "Idempotency-Key", "sell-1").status());

        String buyerInmo = account(h, buyer, "INMO");
        String buyerIron = account(h, buyer, "IRON");
        String buy = "{\"stationId\":\"" + station + "\",\"type\":\"buy\",\"material\":\"IRON\",\"quantity\":"
                + "500,\"priceInmo\":20,\"inmoAccountId\":\"" + buyerInmo + "\",\"goodsAccountId\":\"" + buyerIron
                + "\"}";
        Http.Reply broke = h.send("POST", "/api/v1/trading/orders", buy, buyer, "application/json", "Idempotency-Key",
                "buy-1");
        assertError(broke, 409, "conflict");
        assertEquals(0, h.get("/api/v1/economy/accounts/" + buyerInmo, buyer).json().path("balance").asLong());
        assertError(h.send("DELETE", "/api/v1/trading/orders/" + ask.json().path("id").asText(), null, buyer, null),
                404, "not_found");
        JsonNode book = h.get("/api/v1/trading/books/" + station + "/IRON", buyer).json();
        assertEquals(book.toString(), 2000, book.get(0).path("remaining").asLong());
        Http.Reply cancelled = h.send("DELETE", "/api/v1/trading/orders/" + ask.json().path("id").asText(), null,
                miner, null);
        assertEquals(cancelled.body(), "cancelled", cancelled.json().path("status").asText());
        assertEquals(3000, h.get("/api/v1/economy/accounts/" + minerIron, miner).json().path("balance").asLong());
    }

    /** With the overlay, a hit's Integrity turns into the target's stored Visual state. */
    private static void visualFollowsHits(Http h, String a, String world) throws Exception {
        String gun = entity(h, a, world, 100, "");
        assertEquals(200, put(h, a, "/api/v1/ships/" + gun, "{\"shipTypeId\":\"core.shuttle\",\"modules\":"
                + "[\"core.pulse-laser\"]}").status());
        String wreck = entity(h, a, world, 150, ",\"Health\":{\"current\":100,\"max\":100},\"Visual\":"
                + "{\"model\":\"hauler\"}");
        Http.Reply hit = h.post("/api/v1/combat/apply", "{\"attackerId\":\"" + gun + "\",\"targetId\":\"" + wreck
                + "\",\"weaponId\":\"core.pulse-laser\"}", a);
        assertEquals(hit.body(), 200, hit.status());
        long until = System.currentTimeMillis() + 10_000;
        String state = "";
        while (!state.equals("damaged") && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            state = h.get("/api/v1/entities/" + wreck, a).json().at("/components/Visual/data/state").asText();
        }
        assertEquals("hull 90 of 100", "damaged", state);
    }

    /**
     * The ship goes through a gate while its player is in the room of its world: the room sends the player on, the
     * ship is stored in the other world beside the gate leading back.
     */
    private static void jump(Http h, String a, String other, String ship, String world) throws Exception {
        String far = world + "-far";
        String gate = entity(h, a, world, 20, ",\"mmoomm.Gate\":{\"toWorldId\":\"" + far + "\",\"radius\":50}");
        String back = entity(h, a, far, 1000, ",\"mmoomm.Gate\":{\"toWorldId\":\"" + world + "\",\"radius\":40}");
        URI base = URI.create("http://127.0.0.1:" + Integer.getInteger("universo.it.http.port"));
        RoomClient player = RoomClient.join(HttpClient.newHttpClient(), base, a, world, "1",
                new RoomClient.Options(true, null)).get(10, TimeUnit.SECONDS);
        BlockingQueue<org.universo.platformo.api.protocol.Event> told = new LinkedBlockingQueue<>();
        player.onEvent(told::add);
        player.welcome().get(10, TimeUnit.SECONDS);
        String body = "{\"shipId\":\"" + ship + "\",\"gateId\":\"" + gate + "\"}";
        assertError(h.post("/api/v1/mmoomm/gates/jump", body, other), 404, "not_found");
        assertError(h.post("/api/v1/mmoomm/gates/jump", body, null), 401, "unauthorized");
        assertError(h.post("/api/v1/mmoomm/gates/jump", "{\"shipId\":\"" + ship + "\"}", a), 422, "validation_failed");
        Http.Reply jumped = h.post("/api/v1/mmoomm/gates/jump", body, a);
        assertEquals(jumped.body(), 200, jumped.status());
        assertEquals(far, jumped.json().path("toWorldId").asText());
        JsonNode moved = h.get("/api/v1/entities/" + ship, a).json();
        assertEquals(far, moved.path("worldId").asText());
        assertEquals(1048, moved.at("/components/Transform/data/position/x").asDouble(), 1e-9);
        Set<String> topics = new java.util.HashSet<>();
        long until = System.currentTimeMillis() + 10_000;
        while (topics.size() < 2 && System.currentTimeMillis() < until) {
            org.universo.platformo.api.protocol.Event e = told.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && Set.of("system.transfer", "mmoomm.gate.jump").contains(e.topic())) {
                topics.add(e.topic());
                Map<String, Object> payload = new java.util.HashMap<>(e.payload());
                if (e.topic().equals("system.transfer")) {
                    assertTrue("a seat ticket for the new world: " + payload, payload.remove("transferToken")
                            instanceof String t && t.length() >= 43);
                }
                assertEquals(e.topic(), e.topic().equals("system.transfer") ? Map.of("worldId", far, "entityId", ship)
                        : Map.of("entityId", ship, "gateId", gate, "fromWorldId", world, "toWorldId", far), payload);
            }
        }
        assertEquals("the player is told and sent on", Set.of("system.transfer", "mmoomm.gate.jump"), topics);
        assertEquals(1000, player.closed().get(10, TimeUnit.SECONDS).intValue());
        Http.Reply again = h.post("/api/v1/mmoomm/gates/jump", "{\"shipId\":\"" + ship + "\",\"gateId\":\"" + back
                + "\"}", a);
        assertError(again, 422, "validation_failed");
        assertEquals("out_of_range", again.json().at("/details/reason").asText());
    }

    /** The files of a multiplayer playcanvas-mmoomm build of the space's version 1. */
    private static String multiplayerApp(Http h, String token, String space) throws InterruptedException {
        Http.Reply submitted = h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":"
                + "\"playcanvas-mmoomm\",\"settings\":{\"mode\":\"multi\"}}", token);
        assertTrue(submitted.body(), submitted.status() == 202 || submitted.status() == 200);
        String job = submitted.json().path("id").asText();
        long end = System.currentTimeMillis() + 60_000;
        String status = h.get("/api/v1/builds/" + job, token).json().path("status").asText();
        while (!status.equals("succeeded") && !status.equals("failed") && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            status = h.get("/api/v1/builds/" + job, token).json().path("status").asText();
        }
        assertEquals(h.get("/api/v1/builds/" + job + "/logs", token).body(), "succeeded", status);
        return h.get("/api/v1/builds/" + job + "/artifact", token).json().path("paths").toString();
    }

    /**
     * The API's own 404 for a route whose resource left: each resource leaving re-publishes the application, and
     * meanwhile the web server may answer its own page, so this waits for the JSON answer.
     */
    private static Http.Reply gone(Http h, String token, String path) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        Http.Reply r = h.get(path, token);
        while ((r.status() != 404 || !r.body().startsWith("{")) && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            r = h.get(path, token);
        }
        return r;
    }

    private static void awaitStatus(Http h, String token, String path, int status) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (h.get(path, token).status() != status && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
    }

    private static String account(Http h, String token, String currency) {
        Http.Reply r = h.post("/api/v1/economy/accounts", "{\"currency\":\"" + currency + "\"}", token);
        assertEquals(r.body(), 201, r.status());
        return r.json().path("id").asText();
    }

    private static String entity(Http h, String token, String world, int x, String more) {
        sharedWorld(h, token, world);
        Http.Reply r = h.post("/api/v1/entities", "{\"worldId\":\"" + world + "\",\"components\":{\"Transform\":"
                + String.format(POSE, x) + more + "}}", token);
        assertEquals(r.body(), 201, r.status());
        return r.json().path("id").asText();
    }

    private static Http.Reply put(Http h, String token, String path, String body) {
        return h.send("PUT", path, body, token, "application/json");
    }

    private static String codes(JsonNode violations) {
        List<String> out = new ArrayList<>();
        violations.forEach(v -> out.add("\"" + v.path("code").asText() + "\""));
        return "[" + String.join(",", out) + "]";
    }
}
