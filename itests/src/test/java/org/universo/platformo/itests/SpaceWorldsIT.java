package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Interact;
import org.universo.platformo.api.protocol.UseModule;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * What a creator draws is the world a room hosts: a space (drawn through REST as the editor saves it) opened as its
 * world, published, published again with one more asteroid while players are in the room; on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SpaceWorldsIT extends BaseIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    @Test
    public void aDrawnSpaceBecomesTheRoomsWorldAndItsNextVersionReachesTheRunningRoom() throws Exception {
        // the MMOOMM overlay teaches the platform its kinds of Component nodes (mineable, portal)
        installMmoomm();
        Http h = http();
        String creator = register(h, uniqueEmail());
        String player = register(h, uniqueEmail());
        String unik = h.post("/api/v1/uniks", "{\"name\":\"Belt\"}", creator).json().path("id").asText();
        String space = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Sector\"}", creator).json().path("id")
                .asText();
        String elsewhere = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Beyond\"}", creator).json()
                .path("id").asText();
        ObjectNode draft = sector(elsewhere, 3);
        save(h, creator, space, 0, draft);
        await("the MMOOMM component types", () -> h.get("/api/v1/component-types/mmoomm.Gate", creator).status() == 200);

        Http.Reply opened = h.post("/api/v1/space-worlds/" + space, "{}", creator);
        assertEquals(opened.body(), 200, opened.status());
        assertEquals(5, opened.json().path("added").size());
        assertEquals(space, opened.json().path("worldId").asText());
        Map<String, JsonNode> designed = entities(h, creator, space);
        assertEquals(Set.of("Station", "Rock 1", "Rock 2", "Rock 3", "Gate"), designed.keySet());
        JsonNode rock = designed.get("Rock 2").path("components");
        assertEquals(-200, rock.at("/Transform/data/position/z").asDouble(), 1e-9);
        assertEquals("asteroid", rock.at("/Visual/data/model").asText());
        assertEquals("#8a8a8a", rock.at("/Visual/data/color").asText());
        assertEquals(3000, rock.at("/mmoomm.Mineable/data/massKg").asDouble(), 1e-9);
        assertEquals(elsewhere, designed.get("Gate").path("components").at("/mmoomm.Gate/data/toWorldId").asText());
        assertEquals("opening it again changes nothing", 0, h.post("/api/v1/space-worlds/" + space, "{}", creator)
                .json().path("added").size());
        assertError(h.post("/api/v1/space-worlds/" + space, "{}", player), 404, "not_found");

        // a gate that says nowhere: named, refused, nothing written
        ObjectNode broken = sector(elsewhere, 3);
        ((ObjectNode) node(broken, "gate-portal").path("data")).remove("targetWorld");
        save(h, creator, space, 1, broken);
        Http.Reply refused = h.post("/api/v1/space-worlds/" + space, "{}", creator);
        assertError(refused, 422, "validation_failed");
        assertEquals(List.of("gate-portal"), ids(refused.json().path("details").path("nodeIds")));
        assertEquals(5, entities(h, creator, space).size());
        save(h, creator, space, 2, draft);

        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class,
                new EchoTemplate("1.0.0"), null);
        try {
            assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v1\"}", creator).status());
            String pub = h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\"belt-"
                    + Long.toHexString(System.nanoTime()) + "\",\"name\":\"Belt\",\"visibility\":\"public\"}", creator)
                    .json().path("id").asText();
            release(h, creator, pub, build(h, creator, space, 1), 1);

            // a player's own entity in the world, which no design touches
            Http.Reply mine = h.post("/api/v1/entities", "{\"worldId\":\"" + space + "\",\"name\":\"Creator's probe\","
                    + "\"components\":{\"Visual\":{\"model\":\"probe\"}}}", creator);
            assertEquals(mine.body(), 201, mine.status());
            RoomClient watcher = RoomClient.join(http, base(), player, space, "1", RoomClient.Options.binary())
                    .get(10, TimeUnit.SECONDS);
            watcher.welcome().get(10, TimeUnit.SECONDS);
            await("the drawn world in the room", () -> watcher.state().keySet().containsAll(
                    designed.values().stream().map(e -> e.path("id").asText()).toList()));

            save(h, creator, space, 3, sector(elsewhere, 4));
            assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v2\"}", creator).status());
            release(h, creator, pub, build(h, creator, space, 2), 2);
            Map<String, JsonNode> now = entities(h, creator, space);
            assertTrue(now.keySet().toString(), now.containsKey("Rock 4") && now.containsKey("Creator's probe"));
            String fourth = now.get("Rock 4").path("id").asText();
            await("the fourth asteroid in the running room", () -> watcher.state().containsKey(fourth));
            assertFalse("the room kept running", watcher.closed().isDone());
            assertEquals("the other entities stayed what they were", designed.get("Station").path("id").asText(),
                    now.get("Station").path("id").asText());

            // a rollback serves version 1 again, and the world is version 1's design again
            Http.Reply back = h.post("/api/v1/publications/" + pub + "/rollback", "{}", creator);
            assertEquals(back.body(), 200, back.status());
            Map<String, JsonNode> rolled = entities(h, creator, space);
            assertFalse("the asteroid of version 2 is gone: " + rolled.keySet(), rolled.containsKey("Rock 4"));
            assertEquals("what no design made stays", Set.of("Station", "Rock 1", "Rock 2", "Rock 3", "Gate",
                    "Creator's probe"), rolled.keySet());
            await("the fourth asteroid out of the running room", () -> !watcher.state().containsKey(fourth));
            assertFalse("the room kept running", watcher.closed().isDone());
            watcher.close();
        } finally {
            echo.unregister();
        }
    }

    /**
     * A port drawn with the MMOOMM palette's own nodes (a station, a gate), a link to a belt space whose asteroid is a
     * palette node too, and an entity that is an instance of a published resource: the world has every one of them,
     * the resource's parts below its instance, and the room plays them (the player mines the linked asteroid and
     * docks at the station). A node that cannot become an entity, or a resource version that is not published,
     * refuses the space naming the node, and nothing is written.
     */
    @Test
    public void thePalettesNodesALinkedSpaceAndAResourceInstanceBecomeTheWorldTheRoomPlays() throws Exception {
        installMmoomm();
        Http h = http();
        String creator = register(h, uniqueEmail());
        String player = register(h, uniqueEmail());
        await("the MMOOMM node types", () -> h.get("/api/v1/updl/node-types/mmoomm.Asteroid", creator).status() == 200);
        String unik = h.post("/api/v1/uniks", "{\"name\":\"Reach\"}", creator).json().path("id").asText();
        String belt = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Belt\"}", creator).json().path("id")
                .asText();
        String port = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Port\"}", creator).json().path("id")
                .asText();
        String beyond = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Beyond\"}", creator).json()
                .path("id").asText();
        ObjectNode beltGraph = palette();
        paletteNode(beltGraph, "ore", "mmoomm.Asteroid", "Linked ore", Http.JSON.createObjectNode()
                .put("materialId", "mmoomm.iron").put("massKg", 2000).put("radius", 4), 0, -60);
        save(h, creator, belt, 0, beltGraph);
        assertEquals(201, h.post("/api/v1/spaces/" + belt + "/versions", "{\"label\":\"v1\"}", creator).status());
        String x = Long.toHexString(System.nanoTime());
        String lamp = ResourcesIT.published(h, creator, "lamp-" + x, "pcs", "\"massKg\":2");
        String beacon = ResourcesIT.draft(h, creator, "beacon-" + x, "pcs", "\"massKg\":50");
        ResourcesIT.line(h, creator, beacon, lamp, "2", "pcs", null, 200);

        ObjectNode unsold = portOfPalette(belt, beyond, beacon, "mmoomm.unobtainium");
        save(h, creator, port, 0, unsold);
        Http.Reply refused = h.post("/api/v1/space-worlds/" + port, "{}", creator);
        assertError(refused, 422, "validation_failed");
        assertEquals(List.of("rock"), ids(refused.json().path("details").path("nodeIds")));
        save(h, creator, port, 1, portOfPalette(belt, beyond, beacon, "mmoomm.nickel"));
        Http.Reply draftPart = h.post("/api/v1/space-worlds/" + port, "{}", creator);
        assertError(draftPart, 422, "validation_failed");
        assertEquals("a resource version that is not published", List.of("beacon"),
                ids(draftPart.json().path("details").path("nodeIds")));
        assertEquals("nothing written", 0, h.get("/api/v1/entities?worldId=" + port, creator).json().path("items")
                .size());

        assertEquals(200, h.post("/api/v1/resource-versions/" + beacon + "/publish", "{}", creator).status());
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class,
                new EchoTemplate("1.0.0"), null);
        try {
            publish(h, creator, port, "palette");
            JsonNode items = h.get("/api/v1/entities?worldId=" + port + "&limit=200", creator).json().path("items");
            Map<String, JsonNode> world = new java.util.HashMap<>();
            items.forEach(e -> world.put(e.path("name").asText(), e));
            assertEquals(items.toString(), 7, items.size());
            assertEquals(world.keySet().toString(), Set.of("Port", "Gate", "Rock", "Linked ore", "Beacon",
                    "lamp-" + x), world.keySet());
            JsonNode station = world.get("Port").path("components");
            assertEquals(50, station.at("/mmoomm.Station/data/rangeM").asDouble(), 1e-9);
            assertEquals("station", station.at("/Visual/data/model").asText());
            assertEquals("its radius of 10 m", 20, station.at("/Transform/data/scale/x").asDouble(), 1e-9);
            assertEquals(beyond, world.get("Gate").path("components").at("/mmoomm.Gate/data/toWorldId").asText());
            assertEquals("mmoomm.nickel", world.get("Rock").path("components").at("/mmoomm.Mineable/data/materialId")
                    .asText());
            JsonNode linked = world.get("Linked ore").path("components");
            assertEquals(2000, linked.at("/mmoomm.Mineable/data/massKg").asDouble(), 1e-9);
            assertEquals(-60, linked.at("/Transform/data/position/z").asDouble(), 1e-9);
            JsonNode instance = world.get("Beacon");
            assertEquals(beacon, instance.path("resourceVersionId").asText());
            List<JsonNode> parts = java.util.stream.StreamSupport.stream(items.spliterator(), false)
                    .filter(e -> e.path("parentId").asText().equals(instance.path("id").asText())).toList();
            assertEquals("its bill of materials: two lamps", 2, parts.size());
            parts.forEach(part -> assertEquals(lamp, part.path("resourceVersionId").asText()));

            // the room runs (the creator looks on) before the player's ship is made: it takes the ship on the join
            RoomClient watcher = RoomClient.join(http, base(), creator, port, "1", RoomClient.Options.binary())
                    .get(10, TimeUnit.SECONDS);
            watcher.welcome().get(10, TimeUnit.SECONDS);
            String ship = h.post("/api/v1/mmoomm/ships", "{\"worldId\":\"" + port + "\"}", player).json().path("id")
                    .asText();
            java.util.concurrent.LinkedBlockingQueue<org.universo.platformo.api.protocol.Event> told =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            RoomClient c = RoomClient.join(http, base(), player, port, "1", RoomClient.Options.binary())
                    .get(10, TimeUnit.SECONDS);
            c.onEvent(e -> {
                if (e.topic().startsWith("mmoomm.")) {
                    told.add(e);
                }
            });
            c.welcome().get(10, TimeUnit.SECONDS);
            assertEquals("the player flies the ship made after the room loaded", ship, c.entityId());
            String ore = world.get("Linked ore").path("id").asText();
            await("the linked asteroid in the room", () -> c.state().containsKey(ore));
            c.sendIntent(new IntentPayload(null, null, new UseModule("mmoomm.mining-laser", Map.of("targetId", ore)),
                    null));
            JsonNode yield = payload(next(told, "mmoomm.mining.yield"));
            assertEquals(ore, yield.path("asteroidId").asText());
            assertEquals("mmoomm.iron", yield.path("materialId").asText());
            c.sendIntent(new IntentPayload(null, null, null, new Interact("dock", null)));
            assertEquals(world.get("Port").path("id").asText(), payload(next(told, "mmoomm.station.docked"))
                    .path("stationId").asText());
            c.close();
            watcher.close();
        } finally {
            echo.unregister();
        }
    }

    /** A new space of a new unik of the user's; its id. */
    static String newSpace(Http h, String token, String name) {
        String unik = h.post("/api/v1/uniks", "{\"name\":\"" + name + "\"}", token).json().path("id").asText();
        return h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"" + name + "\"}", token).json().path("id")
                .asText();
    }

    /** A Space node on one canvas, as the editor starts a space. */
    static ObjectNode palette() {
        ObjectNode graph = Http.JSON.createObjectNode();
        ObjectNode canvas = graph.putArray("canvases").addObject().put("id", "main").put("name", "Main").put("order", 0);
        canvas.putArray("nodes").addObject().put("id", "root").put("type", "Space").put("label", "Space")
                .putObject("position").put("x", 0).put("y", 0);
        ((ObjectNode) canvas.path("nodes").get(0)).putObject("data").put("spaceName", "Space");
        canvas.putArray("edges");
        return graph;
    }

    /** A palette node at (x, 0, z), attached to the space. */
    private static void paletteNode(ObjectNode graph, String id, String type, String label, ObjectNode data, double x,
            double z) {
        data.putObject("transform").putArray("pos").add(x).add(0).add(z);
        ObjectNode n = ((ArrayNode) graph.at("/canvases/0/nodes")).addObject().put("id", id).put("type", type)
                .put("label", label);
        n.putObject("position").put("x", 0).put("y", 0);
        n.set("data", data);
        ((ArrayNode) graph.at("/canvases/0/edges")).addObject().put("id", id + "-in-root").put("source", id)
                .put("sourcePort", "entity").put("target", "root").put("targetPort", "entities");
    }

    /** A station of 10 m radius, a gate 90 m off, an asteroid of {@code material}, the beacon and a link to the belt. */
    private static ObjectNode portOfPalette(String belt, String gateTo, String beacon, String material) {
        ObjectNode graph = palette();
        paletteNode(graph, "station", "mmoomm.Station", "Port", Http.JSON.createObjectNode().put("name", "Port")
                .put("radius", 10), 0, 0);
        paletteNode(graph, "gate", "mmoomm.Gate", "Gate", Http.JSON.createObjectNode().put("toWorldId", gateTo)
                .put("radius", 100), 0, 90);
        paletteNode(graph, "rock", "mmoomm.Asteroid", "Rock", Http.JSON.createObjectNode().put("materialId", material)
                .put("massKg", 5000), 200, 0);
        ObjectNode beaconData = Http.JSON.createObjectNode().put("entityType", "StaticObject")
                .put("resourceVersionId", beacon);
        paletteNode(graph, "beacon", "Entity", "Beacon", beaconData, -50, 0);
        ObjectNode link = ((ArrayNode) graph.at("/canvases/0/nodes")).addObject().put("id", "belt-link")
                .put("type", "SpaceLink").put("label", "Belt");
        link.putObject("position").put("x", 0).put("y", 0);
        link.putObject("data").put("spaceId", belt);
        return graph;
    }

    /**
     * The server plays MMOOMM in the creator's world: a player's starter ship mines a drawn asteroid, docks and sells
     * at the drawn station (the ledger pays), is refused a jump to a world not open to them (the ship stays), and
     * jumps once it is published, arriving at the return gate of the other world's room.
     */
    @Test
    public void aPlayerMinesSellsAndJumpsInTheCreatorsWorldAndTheServerDecidesEachStep() throws Exception {
        installMmoomm();
        Http h = http();
        String creator = register(h, uniqueEmail());
        String player = register(h, uniqueEmail());
        String[] ports = ports(h, creator);
        String here = ports[0];
        String beyond = ports[1];
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class,
                new EchoTemplate("1.0.0"), null);
        try {
            publish(h, creator, here, "port");
            assertEquals(200, h.post("/api/v1/space-worlds/" + beyond, "{}", creator).status());   // private

            Http.Reply made = h.post("/api/v1/mmoomm/ships", "{\"worldId\":\"" + here + "\"}", player);
            assertEquals(made.body(), 201, made.status());
            String ship = made.json().path("id").asText();
            assertEquals("asking again answers the same ship", ship, h.post("/api/v1/mmoomm/ships",
                    "{\"worldId\":\"" + here + "\"}", player).json().path("id").asText());
            assertError(h.post("/api/v1/mmoomm/ships", "{\"worldId\":\"" + beyond + "\"}", player), 404,
                    "not_found");
            Map<String, JsonNode> drawn = entities(h, creator, here);
            String rock = drawn.get("Rock 1").path("id").asText();
            String gate = drawn.get("Gate").path("id").asText();

            java.util.concurrent.LinkedBlockingQueue<org.universo.platformo.api.protocol.Event> told =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            RoomClient c = RoomClient.join(http, base(), player, here, "1", RoomClient.Options.binary())
                    .get(10, TimeUnit.SECONDS);
            c.onEvent(e -> {
                if (e.topic().startsWith("mmoomm.") || e.topic().equals("system.transfer")) {
                    told.add(e);
                }
            });
            c.welcome().get(10, TimeUnit.SECONDS);
            assertEquals("the player flies their ship entity", ship, c.entityId());

            c.sendIntent(new IntentPayload(null, null, new UseModule("mmoomm.mining-laser", Map.of("targetId", rock)),
                    null));
            JsonNode yield = payload(next(told, "mmoomm.mining.yield"));
            assertEquals(rock, yield.path("asteroidId").asText());
            assertEquals("the asteroid's 3 t of iron fit the hold at once", 3000, yield.path("massKg").asDouble(), 1e-6);
            c.sendIntent(new IntentPayload(null, null, new UseModule("mmoomm.mining-laser", Map.of("targetId", rock)),
                    null));
            assertEquals("cooldown", payload(next(told, "mmoomm.action.refused")).path("reason").asText());
            // the room owns the hold while it runs the world: the REST routes would write a hold it overwrites
            Http.Reply rest = h.post("/api/v1/mmoomm/mining/cycle", "{\"shipId\":\"" + ship + "\",\"asteroidId\":\""
                    + rock + "\"}", player);
            assertError(rest, 409, "conflict");
            assertEquals("world_in_room", rest.json().at("/details/reason").asText());
            assertError(h.send("POST", "/api/v1/mmoomm/cargo/unload", "{\"shipId\":\"" + ship + "\",\"materialId\":"
                    + "\"mmoomm.iron\",\"quantityKg\":1000,\"accountId\":\"none\"}", player, "application/json",
                    "Idempotency-Key", "in-room"), 409, "conflict");

            c.sendIntent(new IntentPayload(null, null, null, new Interact("sell", null)));
            assertEquals("not_docked", payload(next(told, "mmoomm.action.refused")).path("reason").asText());
            c.sendIntent(new IntentPayload(null, null, null, new Interact("dock", null)));
            assertEquals(drawn.get("Station").path("id").asText(), payload(next(told, "mmoomm.station.docked"))
                    .path("stationId").asText());
            c.sendIntent(new IntentPayload(null, null, null, new Interact("sell", null)));
            JsonNode sold = payload(next(told, "mmoomm.station.sold"));
            assertEquals("3000 kg of iron at 12 Inmo cents a kg", 36_000, sold.path("inmo").asLong());
            assertEquals(36_000, sold.path("balanceInmo").asLong());
            JsonNode account = h.get("/api/v1/economy/accounts/" + sold.path("accountId").asText(), player).json();
            assertEquals("the ledger holds it", 36_000, account.path("balance").asLong());
            await("the emptied hold in the store", () -> {
                JsonNode hold = h.get("/api/v1/entities/" + ship, player).json().at("/components/mmoomm.Cargo/data");
                return hold.path("usedM3").asDouble() == 0 && hold.path("sales").size() == 0
                        && hold.path("items").size() == 0;
            });
            assertEquals("the asteroid is spent in the store too", 0, h.get("/api/v1/entities/" + rock, creator).json()
                    .at("/components/mmoomm.Mineable/data/massKg").asDouble(), 1e-6);

            c.sendIntent(new IntentPayload(null, null, null, new Interact("jump", gate)));
            JsonNode no = payload(next(told, "mmoomm.action.refused"));
            assertEquals(no.toString(), "destination_unavailable", no.path("reason").asText());
            assertEquals("the ship stayed", here, h.get("/api/v1/entities/" + ship, player).json().path("worldId")
                    .asText());
            assertTrue(c.state().containsKey(ship));

            publish(h, creator, beyond, "beyond");
            c.sendIntent(new IntentPayload(null, null, null, new Interact("jump", gate)));
            JsonNode transfer = payload(next(told, "system.transfer"));
            assertEquals(beyond, transfer.path("worldId").asText());
            String ticket = transfer.path("transferToken").asText();
            JsonNode moved = h.get("/api/v1/entities/" + ship, player).json();
            assertEquals(beyond, moved.path("worldId").asText());
            String back = entities(h, creator, beyond).get("Gate").path("id").asText();
            double gateX = h.get("/api/v1/entities/" + back, creator).json()
                    .at("/components/Transform/data/position/x").asDouble();
            assertEquals("out beside the gate that leads back", gateX + 100 * 1.2,
                    moved.at("/components/Transform/data/position/x").asDouble(), 1e-6);
            c.close();
            RoomClient forged = RoomClient.join(http, base(), creator, beyond, "1", RoomClient.Options.binary()
                    .transfer(ticket)).get(10, TimeUnit.SECONDS);
            assertEquals("another player's ticket is refused", 1008, forged.closed().get(10, TimeUnit.SECONDS)
                    .intValue());
            assertEquals("transfer_invalid", forged.closeReason());
            RoomClient there = RoomClient.join(http, base(), player, beyond, "1", RoomClient.Options.binary()
                    .transfer(ticket)).get(10, TimeUnit.SECONDS);
            there.welcome().get(10, TimeUnit.SECONDS);
            assertEquals("the same ship flies on in the other world, in the seat its ticket held", ship,
                    there.entityId());
            there.close();
            RoomClient again = RoomClient.join(http, base(), player, beyond, "1", RoomClient.Options.binary()
                    .transfer(ticket)).get(10, TimeUnit.SECONDS);
            assertEquals("a ticket seats once", 1008, again.closed().get(10, TimeUnit.SECONDS).intValue());
        } finally {
            echo.unregister();
        }
    }

    /**
     * The published MMOOMM app in Chromium, signed in, played with its keys: M mines, T docks and sells, J jumps;
     * every outcome is the server's (the HUD shows the room's answers), and through the gate the page follows the
     * ship into the other world's room by itself, with one ship.
     */
    @Test
    public void thePublishedMmoommAppPlaysOnTheServerAndFollowsItsShipThroughAGate() throws Exception {
        installMmoomm();
        Http h = http();
        String creator = register(h, uniqueEmail());
        String player = register(h, uniqueEmail());
        String[] ports = ports(h, creator);
        String here = ports[0];
        String beyond = ports[1];
        AppRenderIT.Published app = publishMulti(h, creator, ports);
        String play = "new Promise(function (done) { var t0 = Date.now();"
                + " function key(k) { window.dispatchEvent(new KeyboardEvent('keydown', { key: k })); }"
                + " function hud(id) { return document.getElementById(id).textContent; }"
                + " function until(test, then) { (function w() { var n = window.UNIVERSO_NET;"
                + "  if (n && test(n)) { then(n); } else if (Date.now() - t0 > 40000) { done(JSON.stringify({"
                + "   timeout: true, status: n && n.status, told: n && n.told, hint: hud('hud-hint') })); }"
                + "  else { setTimeout(w, 50); } })(); }"
                + " until(function (n) { return n.status === 'joined'; }, function (n) {"
                // the HUD is drawn on the next frame after an answer: each step waits for it to change
                + "  var first = n.myId; var world = n.worldId; var mode = hud('hud-mode');"
                + "  var empty = hud('hud-cargo'); var broke = hud('hud-inmo'); key('m');"
                + "  until(function (n) { return n.told.indexOf('mmoomm.mining.yield') >= 0"
                + "    && hud('hud-cargo') !== empty; }, function () {"
                + "   var cargo = hud('hud-cargo'); key('t');"
                + "   until(function (n) { return n.told.indexOf('mmoomm.station.sold') >= 0"
                + "     && hud('hud-inmo') !== broke && hud('hud-cargo') !== cargo; }, function () {"
                + "    var inmo = hud('hud-inmo'); var sold = hud('hud-cargo'); key('j');"
                + "    until(function (n) { return n.status === 'joined' && n.worldId !== world; }, function (n) {"
                + "     setTimeout(function () { var ships = 0;"
                + "      n.client.world.forEach(function (v, k) {"
                + "       if (((v.components || {}).Visual || {}).model === 'ship' || k === n.myId) { ships++; } });"
                + "      done(JSON.stringify({ first: first, mode: mode, cargo: cargo, inmo: inmo, sold: sold,"
                + "       world: n.worldId, after: n.myId, ships: ships, hudWorld: hud('hud-world') }));"
                + "     }, 1000); }); }); }); }); })";
        try (Browser browser = new Browser()) {
            Browser.Visit v = browser.visit(app.url() + "#handoff=" + handoff(h, player), 500, play);
            System.out.println("MMOOMM app on the server: " + v.probe());
            assertEquals(v.errors().toString(), 0, v.errors().size());
            AppRenderIT.assertOnlyOwnFiles(app.url(), v);
            JsonNode r = Http.JSON.readTree(v.probe());
            assertFalse(v.probe(), r.path("timeout").asBoolean());
            String ship = r.path("first").asText();
            assertEquals("the player flies the ship the server gave them", "Prospector", h.get("/api/v1/entities/"
                    + ship, player).json().path("name").asText());
            assertEquals("Online", r.path("mode").asText());
            assertEquals("the hold as the server filled it: 3 t of iron, 0.38 m³", "0.38 / 40 m³",
                    r.path("cargo").asText());
            assertEquals("the ledger's balance", "360", r.path("inmo").asText());
            assertEquals("0 / 40 m³", r.path("sold").asText());
            assertEquals("the page followed the ship", beyond, r.path("world").asText());
            assertEquals("the same ship flies on", ship, r.path("after").asText());
            assertEquals("one ship: no copy left behind or drawn twice", 1, r.path("ships").asInt());
            assertEquals(beyond, h.get("/api/v1/entities/" + ship, player).json().path("worldId").asText());
        }
    }

    /**
     * The whole promise, as a creator and two players meet it: the creator draws a port with a station, three
     * asteroids and a gate to a second space and publishes both with the MMOOMM template; two players open the
     * published page in their own browsers and sign in through its own form (one creates an account there). A mines,
     * docks and sells (the ledger pays, its entries balance), locks B and fires (B's shield, then armor, then hull
     * drop as the combat rules say, by exactly what A's hits did, and B's HUD shows it), and jumps: A's page follows into the second world's room with one ship, and B no
     * longer sees A. The creator publishes version 2 with a fourth asteroid: it appears in B's running room, and
     * both players keep their cargo and credits.
     */
    @Test
    public void aCreatorAndTwoPlayersShareTheDrawnWorldInTheirBrowsersAndTheServerDecidesEveryStep() throws Exception {
        installMmoomm();
        Http h = http();
        String creator = register(h, uniqueEmail());
        String[] ports = ports(h, creator, 3);
        String here = ports[0];
        String beyond = ports[1];
        AppRenderIT.Published app = publishMulti(h, creator, ports);
        String emailA = uniqueEmail();
        String emailB = uniqueEmail();
        register(h, emailB);
        String net = "window.UNIVERSO_NET";
        String explain = "JSON.stringify({ status: " + net + " && " + net + ".status, told: " + net + " && " + net
                + ".told, hint: (document.getElementById('hud-hint') || {}).textContent, form: (document"
                + ".getElementById('universo-sign-in-message') || {}).textContent })";
        try (Browser browser = new Browser(); Browser.Page a = browser.open(app.url());
             Browser.Page b = browser.open(app.url())) {
            // each signs in through the app's own form: A creates an account there, B signs in to theirs
            for (Browser.Page page : List.of(a, b)) {
                page.until("document.getElementById('universo-sign-in')", 30_000, explain);
                page.type("#universo-sign-in input[name=email]", page == a ? emailA : emailB);
                page.type("#universo-sign-in input[name=password]", "correct horse 1");
            }
            a.click("#universo-sign-in button[type=button]");
            b.click("#universo-sign-in button[type=submit]");
            for (Browser.Page page : List.of(a, b)) {
                page.until(net + " && " + net + ".status === 'joined'", 40_000, explain);
            }
            String tokenA = login(h, emailA);
            String tokenB = login(h, emailB);
            String shipA = a.eval(net + ".myId");
            String shipB = b.eval(net + ".myId");
            assertEquals("Prospector", h.get("/api/v1/entities/" + shipA, tokenA).json().path("name").asText());
            assertEquals("Prospector", h.get("/api/v1/entities/" + shipB, tokenB).json().path("name").asText());
            a.until(net + ".client.world.has('" + shipB + "')", 10_000, explain);
            b.until(net + ".client.world.has('" + shipA + "')", 10_000, explain);

            // A mines: the hold grows in the server's state; B mines too, from the next asteroid with ore
            for (Browser.Page page : List.of(a, b)) {
                page.press("m", "KeyM", 77);
                page.until(net + ".told.indexOf('mmoomm.mining.yield') >= 0", 10_000, explain);
            }
            double cargoB = awaitCargo(h, tokenB, shipB);
            assertTrue("A's hold in the store", awaitCargo(h, tokenA, shipA) > 0);
            JsonNode yieldA = heard(a, "mmoomm.mining.yield");
            JsonNode yieldB = heard(b, "mmoomm.mining.yield");
            assertFalse("B mined another asteroid than the one A spent",
                    yieldA.path("asteroidId").asText().equals(yieldB.path("asteroidId").asText()));

            // A docks and sells: the ledger pays and its entries balance
            a.press("t", "KeyT", 84);
            a.until(net + ".told.indexOf('mmoomm.station.sold') >= 0", 15_000, explain);
            JsonNode sold = heard(a, "mmoomm.station.sold");
            String accountA = sold.path("accountId").asText();
            long balanceA = h.get("/api/v1/economy/accounts/" + accountA, tokenA).json().path("balance").asLong();
            assertTrue(sold.toString(), balanceA > 0);
            assertEquals("the HUD's balance is the ledger's", sold.path("balanceInmo").asLong(), balanceA);
            assertLedgerBalances(h, tokenA, accountA, balanceA);

            // A locks B and fires until a shot lands: B's shield takes it first, as the combat rules say
            assertEquals("100 %", b.eval("document.getElementById('hud-shield').textContent"));
            a.press("Tab", "Tab", 9);
            a.until(net + ".target === '" + shipB + "'", 5_000, explain);
            long end = System.currentTimeMillis() + 30_000;
            while (!"true".equals(a.eval("String(" + net + ".heard.some(function (e) { return e.topic === 'combat.hit'"
                    + " && e.payload.targetId === '" + shipB + "'; }))"))) {
                assertTrue("no hit on B: " + a.eval(explain), System.currentTimeMillis() < end);
                a.press(" ", "Space", 32);
                Thread.sleep(900);   // the pulse laser's cooldown is 800 ms: a shot asked earlier is refused
            }
            JsonNode hit = heard(a, "combat.hit");
            assertEquals(shipA, hit.path("attackerId").asText());
            assertEquals("the shield takes the first hit", "shield", hit.path("layer").asText());
            assertTrue(hit.toString(), hit.path("damage").asDouble() > 0);
            b.until("document.getElementById('hud-shield').textContent !== '100 %'", 10_000, explain);
            JsonNode integrity = awaitIntegrity(h, tokenB, shipB);
            double shield = integrity.at("/shield/current").asDouble();
            double shieldMax = integrity.at("/shield/max").asDouble();
            assertEquals("the shield lost what the hits did", shieldMax - damageTo(a, shipB), shield, 1e-6);
            assertEquals("the hull is untouched while the shield holds", integrity.at("/hull/max").asDouble(),
                    integrity.at("/hull/current").asDouble(), 1e-9);
            assertEquals("B's HUD shows the server's shield", Math.round(100 * shield / shieldMax) + " %",
                    b.eval("document.getElementById('hud-shield').textContent"));
            assertEquals("A's HUD shows its target's shield", "shield " + Math.round(100 * shield / shieldMax)
                    + " % · hull 100 %", a.eval("document.getElementById('hud-target').textContent"));

            // A fires on: the shield goes, then the armor, then the hull, and B's HUD shows the hull drop
            end = System.currentTimeMillis() + 120_000;
            while ("100 %".equals(b.eval("document.getElementById('hud-hull').textContent"))) {
                assertTrue("B's hull never dropped: " + a.eval(explain), System.currentTimeMillis() < end);
                a.press(" ", "Space", 32);
                Thread.sleep(900);
            }
            JsonNode[] worn = new JsonNode[1];
            double dealt = damageTo(a, shipB);
            await("every hit A heard in B's stored Integrity", () -> {
                worn[0] = h.get("/api/v1/entities/" + shipB, tokenB).json().at("/components/Integrity/data");
                double lost = 0;
                for (String layer : List.of("shield", "armor", "hull")) {
                    lost += worn[0].at("/" + layer + "/max").asDouble() - worn[0].at("/" + layer + "/current").asDouble();
                }
                return Math.abs(lost - dealt) < 1e-6;
            });
            assertEquals("the shield went first", 0, worn[0].at("/shield/current").asDouble(), 1e-9);
            assertEquals("then the armor", 0, worn[0].at("/armor/current").asDouble(), 1e-9);
            double hull = worn[0].at("/hull/current").asDouble();
            double hullMax = worn[0].at("/hull/max").asDouble();
            assertTrue("then the hull: " + worn[0], hull < hullMax);
            assertEquals("B's HUD shows the server's hull", Math.round(100 * hull / hullMax) + " %",
                    b.eval("document.getElementById('hud-hull').textContent"));

            // A jumps: its page follows into the second world's room with one ship; B no longer sees A
            a.press("j", "KeyJ", 74);
            a.until(net + ".status === 'joined' && " + net + ".worldId === '" + beyond + "'", 20_000, explain);
            assertEquals(shipA, a.eval(net + ".myId"));
            String ticket = heard(a, "system.transfer").path("transferToken").asText();
            RoomClient reuse = RoomClient.join(http, base(), tokenA, beyond, "main", RoomClient.Options.binary()
                    .transfer(ticket)).get(10, TimeUnit.SECONDS);
            assertEquals("the page took its seat with the jump's ticket, which seats once", 1008,
                    reuse.closed().get(10, TimeUnit.SECONDS).intValue());
            assertEquals("transfer_invalid", reuse.closeReason());
            b.until("!" + net + ".client.world.has('" + shipA + "')", 10_000, explain);
            assertEquals(beyond, h.get("/api/v1/entities/" + shipA, tokenA).json().path("worldId").asText());
            long shipsOfA = List.of(here, beyond).stream().flatMap(w -> entities(h, creator, w).values().stream())
                    .filter(e -> e.path("id").asText().equals(shipA)).count();
            assertEquals("one ship of A's, in the second world", 1, shipsOfA);

            // version 2 with a fourth asteroid reaches B's running room; nobody loses cargo or credits
            save(h, creator, here, 1, port(beyond, 4));
            assertEquals(201, h.post("/api/v1/spaces/" + here + "/versions", "{\"label\":\"v2\"}", creator).status());
            String pub = app.publication().substring(app.publication().lastIndexOf('/') + 1);
            release(h, creator, pub, build(h, creator, here, 2, "playcanvas-mmoomm", "{\"mode\":\"multi\"}"), 2);
            String rock4 = entities(h, creator, here).get("Rock 4").path("id").asText();
            b.until(net + ".client.world.has('" + rock4 + "')", 15_000, explain);
            assertEquals(net + " still in the room", "joined", b.eval(net + ".status"));
            assertEquals("B keeps the hold", cargoB, h.get("/api/v1/entities/" + shipB, tokenB).json()
                    .at("/components/mmoomm.Cargo/data/usedM3").asDouble(), 1e-9);
            assertEquals("A keeps the credits", balanceA, h.get("/api/v1/economy/accounts/" + accountA, tokenA).json()
                    .path("balance").asLong());
            assertEquals(a.errors().toString(), 0, a.errors().size());
            assertEquals(b.errors().toString(), 0, b.errors().size());
        }
    }

    /** The hold's volume in the store once the room has written it back. */
    private static double awaitCargo(Http h, String token, String ship) throws InterruptedException {
        double[] used = new double[1];
        await("the hold of " + ship + " in the store", () -> {
            used[0] = h.get("/api/v1/entities/" + ship, token).json().at("/components/mmoomm.Cargo/data/usedM3")
                    .asDouble();
            return used[0] > 0;
        });
        return used[0];
    }

    /** The ship's Integrity in the store once the room has written a hit back. */
    private static JsonNode awaitIntegrity(Http h, String token, String ship) throws InterruptedException {
        JsonNode[] integrity = new JsonNode[1];
        await("the damage of " + ship + " in the store", () -> {
            integrity[0] = h.get("/api/v1/entities/" + ship, token).json().at("/components/Integrity/data");
            return integrity[0].at("/shield/current").asDouble() < integrity[0].at("/shield/max").asDouble();
        });
        return integrity[0];
    }

    /** The payload of the last event of a topic the page heard. */
    private static JsonNode heard(Browser.Page page, String topic) throws Exception {
        return Http.JSON.readTree(page.eval("JSON.stringify(window.UNIVERSO_NET.heard.filter(function (e) {"
                + " return e.topic === '" + topic + "'; }).pop().payload)"));
    }

    /** The damage of every hit the page heard on the target. */
    private static double damageTo(Browser.Page page, String target) throws Exception {
        return Double.parseDouble(page.eval("String(window.UNIVERSO_NET.heard.filter(function (e) {"
                + " return e.topic === 'combat.hit' && e.payload.targetId === '" + target + "'; })"
                + ".reduce(function (s, e) { return s + e.payload.damage; }, 0))"));
    }

    /** Every transaction of the account sums to zero per currency, and its entries add up to its balance. */
    private static void assertLedgerBalances(Http h, String token, String account, long balance) {
        JsonNode history = h.get("/api/v1/economy/accounts/" + account + "/history", token).json();
        JsonNode receipts = history.isArray() ? history : history.path("items");
        assertTrue(history.toString(), receipts.size() > 0);
        long own = 0;
        for (JsonNode receipt : receipts) {
            Map<String, Long> sums = new java.util.HashMap<>();
            for (JsonNode e : receipt.path("entries")) {
                sums.merge(e.path("currency").asText(), e.path("amount").asLong(), Long::sum);
                if (e.path("accountId").asText().equals(account)) {
                    own += e.path("amount").asLong();
                }
            }
            sums.forEach((currency, sum) -> assertEquals(receipt + " balances in " + currency, 0L, (long) sum));
        }
        assertEquals("the account's entries make its balance", balance, own);
    }

    /** Version 1 of both ports published with the MMOOMM template in multiplayer; the first port's app. */
    private static AppRenderIT.Published publishMulti(Http h, String creator, String[] ports) throws Exception {
        for (String s : ports) {
            assertEquals(201, h.post("/api/v1/spaces/" + s + "/versions", "{\"label\":\"v1\"}", creator).status());
        }
        AppRenderIT.Published app = AppRenderIT.publish(h, creator, ports[0], "playcanvas-mmoomm", "{\"mode\":\"multi\"}");
        AppRenderIT.publish(h, creator, ports[1], "playcanvas-mmoomm", "{\"mode\":\"multi\"}");
        return app;
    }

    /** The MMOOMM overlay, once its materializers and its room actions are registered. */
    private void installMmoomm() throws Exception {
        features.installFeature("universo-mmoomm", java.util.EnumSet.of(
                org.apache.karaf.features.FeaturesService.Option.NoAutoRefreshBundles));
        for (String filter : List.of("(&(objectClass=org.universo.platformo.spaceworlds.spi.ComponentMaterializer)"
                + "(universo.component.kind=portal))", "(&(objectClass=org.universo.platformo.realtime.spi."
                + "IntentHandler)(universo.intent.kind=interact))")) {
            org.osgi.util.tracker.ServiceTracker<?, ?> t = new org.osgi.util.tracker.ServiceTracker<>(context,
                    context.createFilter(filter), null);
            t.open();
            try {
                assertTrue(filter, t.waitForService(60_000) != null);
            } finally {
                t.close();
            }
        }
        // the overlay's REST routes are served once the application has taken its resources: every later request of
        // the test meets them (a page's ship request that met the republishing gap would fly an unstored avatar)
        for (String route : List.of("/api/v1/mmoomm/materials", "/api/v1/trading/orders")) {
            assertEquals(route, 401, http().await(route, 401, 60_000).status());
        }
    }

    /** Publishes the space's draft as version 1 of a new public publication. */
    private static void publish(Http h, String creator, String space, String slug) throws InterruptedException {
        assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v1\"}", creator).status());
        String pub = h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\"" + slug + "-"
                + Long.toHexString(System.nanoTime()) + "\",\"name\":\"" + slug + "\",\"visibility\":\"public\"}",
                creator).json().path("id").asText();
        release(h, creator, pub, build(h, creator, space, 1), 1);
    }

    /** Two spaces of one unik drawn as {@link #port}s with gates to each other: {here, beyond}. */
    private static String[] ports(Http h, String creator) throws InterruptedException {
        return ports(h, creator, 1);
    }

    /** As {@link #ports(Http, String)}, each port with {@code rocks} asteroids. */
    private static String[] ports(Http h, String creator, int rocks) throws InterruptedException {
        String unik = h.post("/api/v1/uniks", "{\"name\":\"Port\"}", creator).json().path("id").asText();
        String here = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Port\"}", creator).json()
                .path("id").asText();
        String beyond = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Beyond\"}", creator).json()
                .path("id").asText();
        save(h, creator, here, 0, port(beyond, rocks));
        save(h, creator, beyond, 0, port(here, rocks));
        await("the MMOOMM component types", () -> h.get("/api/v1/component-types/mmoomm.Station", creator)
                .status() == 200);
        return new String[] {here, beyond};
    }

    /**
     * A station at the origin, asteroids of 3 t of iron from 200 m off (the nearest to the station first), and a
     * gate 90 m off (reach 100 m from its surface, which a unit gate barely has).
     */
    private static ObjectNode port(String gateTo, int rocks) {
        ObjectNode graph = Http.JSON.createObjectNode();
        ObjectNode canvas = graph.putArray("canvases").addObject().put("id", "main").put("name", "Main").put("order", 0);
        ArrayNode nodes = canvas.putArray("nodes");
        ArrayNode edges = canvas.putArray("edges");
        nodes.addObject().put("id", "root").put("type", "Space").set("data", Http.JSON.createObjectNode()
                .put("spaceName", "Port"));
        entity(nodes, edges, "station", "Station", "station", 0, 0);
        component(nodes, edges, "station-market", "station", Http.JSON.createObjectNode().put("componentType",
                "trading"));
        for (int i = 1; i <= rocks; i++) {
            String rock = entity(nodes, edges, "rock-" + i, "Rock " + i, "asteroid", 80 * (i - 1), -200 - 40 * (i - 1));
            component(nodes, edges, rock + "-ore", rock, Http.JSON.createObjectNode().put("componentType", "mineable")
                    .put("resourceType", "mmoomm.iron").put("maxYield", 3));
        }
        entity(nodes, edges, "gate", "Gate", "gate", 0, 90);
        component(nodes, edges, "gate-portal", "gate", Http.JSON.createObjectNode().put("componentType", "portal")
                .put("targetWorld", gateTo).put("interactionRange", 100));
        for (JsonNode n : nodes) {
            ((ObjectNode) n).putObject("position").put("x", 0).put("y", 0);
        }
        return graph;
    }

    private static org.universo.platformo.api.protocol.Event next(
            java.util.concurrent.BlockingQueue<org.universo.platformo.api.protocol.Event> told, String topic)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (true) {
            org.universo.platformo.api.protocol.Event e = told.poll(Math.max(1, end - System.currentTimeMillis()),
                    TimeUnit.MILLISECONDS);
            assertTrue("no " + topic + " event", e != null);
            if (e.topic().equals(topic)) {
                return e;
            }
            assertFalse("refused: " + e.payload(), e.topic().equals("mmoomm.action.refused"));
        }
    }

    private static JsonNode payload(org.universo.platformo.api.protocol.Event e) {
        return Http.JSON.valueToTree(e.payload());
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + Integer.getInteger("universo.it.http.port"));
    }

    /** A sector as the editor saves it: a station, {@code rocks} asteroids (mineable, grey) and a gate. */
    private static ObjectNode sector(String gateTo, int rocks) {
        ObjectNode graph = Http.JSON.createObjectNode();
        ObjectNode canvas = graph.putArray("canvases").addObject().put("id", "main").put("name", "Main").put("order", 0);
        ArrayNode nodes = canvas.putArray("nodes");
        ArrayNode edges = canvas.putArray("edges");
        nodes.addObject().put("id", "root").put("type", "Space").set("data", Http.JSON.createObjectNode()
                .put("spaceName", "Sector"));
        entity(nodes, edges, "station", "Station", "station", 0, -400);
        for (int i = 1; i <= rocks; i++) {
            String id = entity(nodes, edges, "rock-" + i, "Rock " + i, "asteroid", 50 * i, -100 * i);
            component(nodes, edges, id + "-ore", id, Http.JSON.createObjectNode().put("componentType", "mineable")
                    .put("resourceType", "mmoomm.iron").put("maxYield", 3));
            component(nodes, edges, id + "-paint", id, Http.JSON.createObjectNode().put("componentType", "render")
                    .put("color", "#8A8A8A"));
        }
        entity(nodes, edges, "gate", "Gate", "gate", 0, 400);
        component(nodes, edges, "gate-portal", "gate", Http.JSON.createObjectNode().put("componentType", "portal")
                .put("targetWorld", gateTo));
        for (JsonNode n : nodes) {
            ((ObjectNode) n).putObject("position").put("x", 0).put("y", 0);
        }
        return graph;
    }

    static String entity(ArrayNode nodes, ArrayNode edges, String id, String label, String kind, double x,
            double z) {
        ObjectNode data = Http.JSON.createObjectNode().put("entityType", kind);
        ObjectNode t = data.putObject("transform");
        t.putArray("pos").add(x).add(0).add(z);
        t.putArray("rot").add(0).add(0).add(0);
        t.putArray("scale").add(1).add(1).add(1);
        nodes.addObject().put("id", id).put("type", "Entity").put("label", label).set("data", data);
        edges.addObject().put("id", id + "-in-root").put("source", id).put("sourcePort", "entity").put("target", "root")
                .put("targetPort", "entities");
        return id;
    }

    static void component(ArrayNode nodes, ArrayNode edges, String id, String entity, ObjectNode data) {
        nodes.addObject().put("id", id).put("type", "Component").set("data", data);
        edges.addObject().put("id", id + "-on-" + entity).put("source", id).put("sourcePort", "component")
                .put("target", entity).put("targetPort", "components");
    }

    private static JsonNode node(ObjectNode graph, String id) {
        for (JsonNode n : graph.at("/canvases/0/nodes")) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }

    static void save(Http h, String token, String space, int revision, ObjectNode graph) {
        ObjectNode body = Http.JSON.createObjectNode().put("revision", revision);
        body.set("graph", graph);
        Http.Reply r = h.send("PUT", "/api/v1/spaces/" + space + "/draft", body.toString(), token, "application/json");
        assertEquals(r.body(), 200, r.status());
    }

    /** The world's entities by name, as its editor lists them. */
    private static Map<String, JsonNode> entities(Http h, String token, String world) {
        JsonNode page = h.get("/api/v1/entities?worldId=" + world + "&limit=200", token).json();
        return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false)
                .collect(Collectors.toMap(e -> e.path("name").asText(), e -> e));
    }

    private static List<String> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String build(Http h, String token, String space, int version) throws InterruptedException {
        return build(h, token, space, version, EchoTemplate.ID, "{\"greeting\":\"v" + version + "\"}");
    }

    private static String build(Http h, String token, String space, int version, String template, String settings)
            throws InterruptedException {
        Http.Reply r = h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":" + version
                + ",\"templateId\":\"" + template + "\",\"settings\":" + settings + "}", token);
        assertTrue(r.body(), r.status() == 201 || r.status() == 202);
        String id = r.json().path("id").asText();
        await("build " + id, () -> "succeeded".equals(h.get("/api/v1/builds/" + id, token).json().path("status")
                .asText()));
        return id;
    }

    private static void release(Http h, String token, String pub, String build, int number) {
        String p = "/api/v1/publications/" + pub;
        assertEquals(201, h.post(p + "/versions", "{\"buildId\":\"" + build + "\"}", token).status());
        assertEquals(200, h.send("PATCH", p + "/versions/" + number, "{\"status\":\"release\"}", token,
                "application/json").status());
        Http.Reply active = h.post(p + "/activate", "{\"version\":" + number + "}", token);
        assertEquals(active.body(), 200, active.status());
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertTrue("timed out waiting for " + what, System.currentTimeMillis() < end);
            Thread.sleep(50);
        }
    }
}
