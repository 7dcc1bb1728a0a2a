package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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

/** Metaverses, uniks and spaces through REST on PostgreSQL: roles, and that nobody reaches another's data. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorldsIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    @Test
    public void aStrangerCannotReadListOrChangeAnotherUsersPrivateData() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String pm = id(h.post("/api/v1/metaverses", "{\"name\":\"Private world\",\"visibility\":\"private\"}", a), 201);
        String pub = id(h.post("/api/v1/metaverses", "{\"name\":\"Public world\",\"visibility\":\"public\"}", a), 201);
        String unik = id(h.post("/api/v1/uniks", "{\"name\":\"Studio\"}", a), 201);
        String space = id(h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Sector 1\"}", a), 201);
        assertEquals(204, h.post("/api/v1/metaverses/" + pm + "/spaces", "{\"spaceId\":\"" + space + "\"}", a).status());
        assertEquals(201, h.post("/api/v1/metaverses/" + pm + "/links", "{\"targetId\":\"" + pub + "\",\"kind\":\"child\"}", a).status());

        JsonNode visible = h.get("/api/v1/metaverses?limit=200", b).json();
        assertTrue(visible.toString().contains(pub));
        assertFalse("a private metaverse is not listed", visible.toString().contains(pm));
        assertEquals(0, h.get("/api/v1/uniks", b).json().path("total").asInt());

        String m = "/api/v1/metaverses/" + pm;
        String u = "/api/v1/uniks/" + unik;
        String s = u + "/spaces/" + space;
        List<Http.Reply> hidden = new ArrayList<>(List.of(
                h.get(m, b), h.get(m + "/overview", b), h.get(m + "/links", b), h.get(m + "/members", b),
                h.send("PATCH", m, "{\"name\":\"mine now\"}", b, "application/json"), h.send("DELETE", m, null, b, null),
                h.post(m + "/links", "{\"targetId\":\"" + pub + "\",\"kind\":\"partner\"}", b),
                h.send("PUT", m + "/members/" + userId(h, b), "{\"role\":\"owner\"}", b, "application/json"),
                h.post(m + "/spaces", "{\"spaceId\":\"" + space + "\"}", b),
                h.get(u, b), h.get(u + "/members", b), h.get(u + "/spaces", b), h.get(s, b),
                h.send("PATCH", u, "{\"name\":\"x\"}", b, "application/json"), h.send("DELETE", u, null, b, null),
                h.post(u + "/spaces", "{\"name\":\"intruder\"}", b),
                h.send("PATCH", s, "{\"name\":\"x\"}", b, "application/json"), h.send("DELETE", s, null, b, null),
                h.send("PUT", u + "/members/" + userId(h, b), "{\"role\":\"admin\"}", b, "application/json")));
        for (Http.Reply r : hidden) {
            assertError(r, 404, "not_found");
        }
        String mine = id(h.post("/api/v1/metaverses", "{\"name\":\"B's world\",\"visibility\":\"private\"}", b), 201);
        assertError(h.post("/api/v1/metaverses/" + mine + "/links", "{\"targetId\":\"" + pm + "\",\"kind\":\"child\"}", b), 404, "not_found");
        assertError(h.post("/api/v1/metaverses/" + mine + "/spaces", "{\"spaceId\":\"" + space + "\"}", b), 404, "not_found");

        String p = "/api/v1/metaverses/" + pub;
        assertEquals(200, h.get(p, b).status());
        assertFalse("no role for a non-member", h.get(p, b).json().has("myRole"));
        assertError(h.send("PATCH", p, "{\"name\":\"defaced\"}", b, "application/json"), 403, "forbidden");
        assertError(h.send("DELETE", p, null, b, null), 403, "forbidden");
        assertError(h.get(p + "/members", b), 403, "forbidden");

        assertEquals("Private world", h.get(m, a).json().path("name").asText());
        assertEquals("Public world", h.get(p, a).json().path("name").asText());
        JsonNode overview = h.get(m + "/overview", a).json();
        assertEquals(space, overview.path("spaces").get(0).path("id").asText());
        assertEquals(pub, overview.path("links").get(0).path("targetId").asText());
        assertEquals(1, overview.path("memberCounts").path("owner").asInt());
    }

    @Test
    public void rolesDecideWhatMembersMayDo() throws Exception {
        Http h = http();
        String owner = register(h, uniqueEmail());
        String editor = register(h, uniqueEmail());
        String unik = id(h.post("/api/v1/uniks", "{\"name\":\"Team\"}", owner), 201);
        String u = "/api/v1/uniks/" + unik;
        String space = id(h.post(u + "/spaces", "{\"name\":\"Quiz\"}", owner), 201);
        assertEquals(204, h.send("PUT", u + "/members/" + userId(h, editor), "{\"role\":\"editor\"}", owner, "application/json").status());

        assertEquals("editor", h.get("/api/v1/uniks", editor).json().path("items").get(0).path("myRole").asText());
        assertEquals(201, h.post(u + "/spaces", "{\"name\":\"Editor's space\"}", editor).status());
        assertEquals(200, h.send("PATCH", u + "/spaces/" + space, "{\"description\":\"edited\"}", editor, "application/json").status());
        assertError(h.send("DELETE", u + "/spaces/" + space, null, editor, null), 403, "forbidden");
        assertError(h.send("PUT", u + "/members/" + userId(h, editor), "{\"role\":\"admin\"}", editor, "application/json"), 403, "forbidden");
        assertError(h.send("DELETE", u, null, editor, null), 403, "forbidden");
        assertEquals(2, h.get(u + "/members", editor).json().size());

        assertEquals(204, h.send("PUT", u + "/members/" + userId(h, editor), "{\"role\":\"owner\"}", owner, "application/json").status());
        assertEquals("ownership moved: the old owner is an admin", "admin", h.get(u, owner).json().path("myRole").asText());
        assertError(h.send("DELETE", u, null, owner, null), 403, "forbidden");
        assertEquals(204, h.send("DELETE", u, null, editor, null).status());
        assertError(h.get(u, editor), 404, "not_found");
    }

    @Test
    public void listsPageAndSortAndRefuseBadInput() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        for (String n : List.of("charlie", "alpha", "bravo")) {
            id(h.post("/api/v1/metaverses", "{\"name\":\"" + n + "\",\"visibility\":\"private\"}", a), 201);
        }
        JsonNode first = h.get("/api/v1/metaverses?scope=mine&sort=name&order=asc&limit=2", a).json();
        assertEquals(3, first.path("total").asInt());
        assertEquals("alpha", first.path("items").get(0).path("name").asText());
        assertEquals("bravo", first.path("items").get(1).path("name").asText());
        JsonNode rest = h.get("/api/v1/metaverses?scope=mine&sort=name&order=asc&limit=2&offset=2", a).json();
        assertEquals("charlie", rest.path("items").get(0).path("name").asText());
        assertEquals("charlie", h.get("/api/v1/metaverses?scope=mine&sort=name&order=desc&limit=1", a).json()
                .path("items").get(0).path("name").asText());

        Http.Reply bad = h.post("/api/v1/metaverses", "{\"name\":\"\",\"visibility\":\"secret\"}", a);
        assertError(bad, 422, "validation_failed");
        String errors = bad.json().path("details").path("errors").toString();
        assertTrue(errors, errors.contains("\"/name\"") && errors.contains("\"/visibility\""));
        assertError(h.get("/api/v1/metaverses?limit=1000", a), 422, "validation_failed");
        assertError(h.get("/api/v1/metaverses?sort=ownerId", a), 422, "validation_failed");
        assertError(h.post("/api/v1/metaverses", "{\"name\":\"x\"", a), 400, "malformed_json");
        assertEquals(3, h.get("/api/v1/metaverses?scope=mine", a).json().path("total").asInt());
    }

    @Test
    public void draftsAutosaveVersionsDiffAndRestore() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String viewer = register(h, uniqueEmail());
        String stranger = register(h, uniqueEmail());
        String unik = id(h.post("/api/v1/uniks", "{\"name\":\"Graphs\"}", a), 201);
        String space = id(h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Quiz\"}", a), 201);
        h.send("PUT", "/api/v1/uniks/" + unik + "/members/" + userId(h, viewer), "{\"role\":\"member\"}", a, "application/json");
        String d = "/api/v1/spaces/" + space;
        assertEquals(0, h.get(d + "/draft", a).json().path("revision").asInt());

        Http.Reply saved = h.send("PUT", d + "/draft", draft(0, "Start"), a, "application/json");
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(1, saved.json().path("revision").asInt());
        Http.Reply stale = h.send("PUT", d + "/draft", draft(0, "Lost update"), a, "application/json");
        assertError(stale, 409, "conflict");
        assertEquals(1, stale.json().path("details").path("currentRevision").asInt());

        assertEquals(1, id2(h.post(d + "/versions", "{\"label\":\"first\",\"comment\":\"initial\"}", a)));
        assertEquals(2, h.send("PUT", d + "/draft", draft(1, "Changed"), a, "application/json").json().path("revision").asInt());
        String ops = h.get(d + "/diff?from=1&to=0", a).json().path("operations").toString();
        assertTrue(ops, ops.contains("/canvases/0/nodes/0/data/spaceName") && ops.contains("Changed"));
        Http.Reply restored = h.post(d + "/versions/1/restore", null, a);
        assertEquals(restored.body(), 200, restored.status());
        assertEquals(3, restored.json().path("revision").asInt());
        assertEquals("Start", restored.json().path("graph").path("canvases").get(0).path("nodes").get(0)
                .path("data").path("spaceName").asText());
        assertEquals(1, h.get(d + "/versions", a).json().path("total").asInt());
        assertEquals("first", h.get(d + "/versions/1", a).json().path("label").asText());

        StringBuilder many = new StringBuilder("{\"revision\":3,\"graph\":{\"canvases\":[");
        for (int i = 0; i < 33; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"nodes\":[],\"edges\":[]}");
        }
        assertError(h.send("PUT", d + "/draft", many.append("]}}").toString(), a, "application/json"), 422, "validation_failed");
        assertError(h.send("PUT", d + "/draft", "{\"revision\":3,\"graph\":{}}", a, "application/json"), 422, "validation_failed");
        assertEquals("nothing was saved", 3, h.get(d + "/draft", a).json().path("revision").asInt());

        assertEquals(200, h.get(d + "/draft", viewer).status());
        assertError(h.send("PUT", d + "/draft", draft(3, "viewer"), viewer, "application/json"), 403, "forbidden");
        assertError(h.post(d + "/versions", "{}", viewer), 403, "forbidden");
        for (Http.Reply r : List.of(h.get(d + "/draft", stranger), h.get(d + "/versions", stranger),
                h.get(d + "/versions/1", stranger), h.get(d + "/diff?from=1", stranger),
                h.send("PUT", d + "/draft", draft(3, "x"), stranger, "application/json"),
                h.post(d + "/versions/1/restore", null, stranger))) {
            assertError(r, 404, "not_found");
        }
    }

    private static String draft(int revision, String name) {
        return "{\"revision\":" + revision + ",\"graph\":{\"canvases\":[{\"id\":\"c1\",\"name\":\"Main\",\"order\":0,\"nodes\":[{\"id\":\"n1\","
                + "\"type\":\"Space\",\"position\":{\"x\":0,\"y\":0},\"data\":{\"spaceName\":\"" + name + "\"}}],\"edges\":[]}]}}";
    }

    /**
     * Worlds have owners: a stranger neither sees nor changes a private world, plays a public one with what it owns
     * there and no more, and loses even that when the world turns private; a unik's world follows its members.
     */
    @Test
    public void aWorldAdmitsWhomItsOwnerAdmitsAndPlayersChangeOnlyWhatTheyOwn() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String x = Long.toString(System.nanoTime(), 36);
        String home = world(h, a, "home-" + x, false);
        String plaza = world(h, a, "plaza-" + x, true);
        String vault = entity(h, a, home, "Vault");
        String statue = entity(h, a, plaza, "Statue");
        assertEquals("editor", h.get("/api/v1/worlds/" + home, a).json().path("role").asText());
        assertTrue(h.get("/api/v1/worlds", a).body().contains(home));

        for (Http.Reply r : List.of(h.get("/api/v1/worlds/" + home, b),
                h.send("PATCH", "/api/v1/worlds/" + home, "{\"visibility\":\"public\"}", b, "application/json"),
                h.send("DELETE", "/api/v1/worlds/" + home, null, b, null),
                h.post("/api/v1/entities", "{\"worldId\":\"" + home + "\"}", b),
                h.get("/api/v1/entities/" + vault, b),
                h.send("PATCH", "/api/v1/entities/" + vault, "{\"name\":\"Mine\"}", b, "application/json"),
                h.send("DELETE", "/api/v1/entities/" + vault, null, b, null))) {
            assertError(r, 404, "not_found");
        }
        assertEquals(0, h.get("/api/v1/entities?worldId=" + home, b).json().path("total").asInt());
        assertEquals("a stranger's join of a private world is refused", Integer.valueOf(1008), join(b, home).closed()
                .get(5, java.util.concurrent.TimeUnit.SECONDS));
        join(a, home).welcome().get(10, java.util.concurrent.TimeUnit.SECONDS);
        org.universo.platformo.realtime.client.RoomClient visitor = join(b, plaza);
        visitor.welcome().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertError(h.post("/api/v1/worlds", "{\"id\":\"" + home + "\"}", b), 409, "conflict");
        assertError(h.post("/api/v1/entities", "{\"worldId\":\"nowhere-" + x + "\"}", a), 404, "not_found");

        assertEquals("player", h.get("/api/v1/worlds/" + plaza, b).json().path("role").asText());
        String boat = entity(h, b, plaza, "Boat");
        assertEquals(200, h.send("PUT", "/api/v1/ships/" + boat, "{\"shipTypeId\":\"core.shuttle\",\"modules\":"
                + "[\"core.pulse-laser\"]}", b, "application/json").status());
        assertEquals(200, h.send("PATCH", "/api/v1/entities/" + boat, "{\"name\":\"My boat\"}", b,
                "application/json").status());
        assertError(h.send("PATCH", "/api/v1/entities/" + statue, "{\"name\":\"Mine\"}", b, "application/json"),
                403, "forbidden");
        assertError(h.send("DELETE", "/api/v1/entities/" + statue, null, b, null), 403, "forbidden");
        assertError(h.send("PATCH", "/api/v1/worlds/" + plaza, "{\"name\":\"Taken\"}", b, "application/json"), 403,
                "forbidden");
        assertError(h.post("/api/v1/combat/apply", "{\"attackerId\":\"" + boat + "\",\"targetId\":\"" + vault
                + "\",\"weaponId\":\"core.pulse-laser\"}", b), 404, "not_found");
        assertEquals("an editor lists the whole world", 2, h.get("/api/v1/entities?worldId=" + plaza, a).json()
                .path("total").asInt());
        assertEquals("Statue", h.get("/api/v1/entities/" + statue, a).json().path("name").asText());

        assertFalse(visitor.closed().isDone());
        assertEquals(200, h.send("PATCH", "/api/v1/worlds/" + plaza, "{\"visibility\":\"private\"}", a,
                "application/json").status());
        assertEquals("the player in its room is let go", Integer.valueOf(4003), visitor.closed().get(10,
                java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("no longer admitted", visitor.closeReason());
        assertError(h.get("/api/v1/worlds/" + plaza, b), 404, "not_found");
        assertError(h.send("PATCH", "/api/v1/entities/" + boat, "{\"name\":\"Still mine\"}", b, "application/json"),
                403, "forbidden");
        Http.Reply fire = h.post("/api/v1/combat/apply", "{\"attackerId\":\"" + boat + "\",\"targetId\":\"" + statue
                + "\",\"weaponId\":\"core.pulse-laser\"}", b);
        assertError(fire, 404, "not_found");
        assertTrue(fire.body(), fire.body().contains("attacker"));
        assertError(h.get("/api/v1/ships/" + boat, b), 404, "not_found");
        assertEquals("My boat", h.get("/api/v1/entities/" + boat, b).json().path("name").asText());

        String unik = id(h.post("/api/v1/uniks", "{\"name\":\"Studio " + x + "\"}", a), 201);
        String forUnik = "{\"id\":\"sector-" + x + "\",\"ownerKind\":\"unik\",\"ownerId\":\"" + unik + "\"}";
        assertError(h.post("/api/v1/worlds", forUnik, b), 404, "not_found");
        assertEquals("unik", id2Kind(h.post("/api/v1/worlds", forUnik, a)));
        String gate = entity(h, a, "sector-" + x, "Gate");
        assertError(h.get("/api/v1/worlds/sector-" + x, b), 404, "not_found");
        String bId = userId(h, b);
        assertEquals(204, h.send("PUT", "/api/v1/uniks/" + unik + "/members/" + bId, "{\"role\":\"member\"}", a,
                "application/json").status());
        assertEquals("player", h.get("/api/v1/worlds/sector-" + x, b).json().path("role").asText());
        assertError(h.send("PATCH", "/api/v1/entities/" + gate, "{\"name\":\"Mine\"}", b, "application/json"), 403,
                "forbidden");
        assertEquals(204, h.send("PUT", "/api/v1/uniks/" + unik + "/members/" + bId, "{\"role\":\"editor\"}", a,
                "application/json").status());
        assertEquals(200, h.send("PATCH", "/api/v1/entities/" + gate, "{\"name\":\"Gate to Vega\"}", b,
                "application/json").status());
    }

    /** A space is played in its own world, owned by its unik, which its publications open and close. */
    @Test
    public void aPublishedSpaceIsPlayedInItsUniksWorldWhichItsPublicationsOpenAndClose() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        assertError(h.get("/api/v1/worlds/" + space, a), 404, "not_found");
        assertError(h.post("/api/v1/worlds", "{\"id\":\"" + space + "\"}", b), 422, "validation_failed");
        AppRenderIT.Published app = AppRenderIT.publish(h, a, space, "aframe-core", "{}");
        JsonNode seen = h.get("/api/v1/worlds/" + space, b).json();
        assertEquals(seen.toString(), "player", seen.path("role").asText());
        assertEquals("unik", seen.path("ownerKind").asText());
        assertEquals("public", seen.path("visibility").asText());
        assertEquals("editor", h.get("/api/v1/worlds/" + space, a).json().path("role").asText());
        // the creator first: the room asks again in the order its players joined
        org.universo.platformo.realtime.client.RoomClient creator = join(a, space);
        creator.welcome().get(10, java.util.concurrent.TimeUnit.SECONDS);
        org.universo.platformo.realtime.client.RoomClient player = join(b, space);
        player.welcome().get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertEquals(200, h.send("PATCH", app.publication(), "{\"visibility\":\"private\"}", a, "application/json")
                .status());
        assertEquals("a player the private world no longer admits leaves its room", Integer.valueOf(4003),
                player.closed().get(10, java.util.concurrent.TimeUnit.SECONDS));
        long tick = creator.tick();
        long end = System.currentTimeMillis() + 10_000;
        while (creator.tick() < tick + 10 && !creator.closed().isDone() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertFalse("its creator stays and the room goes on", creator.closed().isDone());
        assertTrue(creator.tick() >= tick + 10);
        creator.close();
        assertEquals("private", h.get("/api/v1/worlds/" + space, a).json().path("visibility").asText());
        assertError(h.get("/api/v1/worlds/" + space, b), 404, "not_found");
        assertEquals(Integer.valueOf(1008), join(b, space).closed().get(5, java.util.concurrent.TimeUnit.SECONDS));
    }

    private static org.universo.platformo.realtime.client.RoomClient join(String token, String world) throws Exception {
        return org.universo.platformo.realtime.client.RoomClient.join(java.net.http.HttpClient.newHttpClient(),
                java.net.URI.create("http://127.0.0.1:" + Integer.getInteger("universo.it.http.port")), token, world,
                "1", org.universo.platformo.realtime.client.RoomClient.Options.binary())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static String entity(Http h, String token, String world, String name) {
        return id(h.post("/api/v1/entities", "{\"worldId\":\"" + world + "\",\"name\":\"" + name + "\"}", token), 201);
    }

    private static String id2Kind(Http.Reply r) {
        assertEquals(r.body(), 201, r.status());
        return r.json().path("ownerKind").asText();
    }

    private static int id2(Http.Reply r) {
        assertEquals(r.body(), 201, r.status());
        return r.json().path("version").asInt();
    }

    private static String id(Http.Reply r, int status) {
        assertEquals(r.body(), status, r.status());
        return r.json().path("id").asText();
    }

    private static String userId(Http h, String token) {
        return h.get("/api/v1/auth/me", token).json().path("id").asText();
    }
}
