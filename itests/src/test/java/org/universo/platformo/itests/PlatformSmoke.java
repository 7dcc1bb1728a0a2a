package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.universo.platformo.realtime.client.RoomClient;

/**
 * The platform's smoke test after its features are installed into a Karaf that did not have them (a class of its
 * own: its types come from those features, so it loads only once they are there).
 */
final class PlatformSmoke {
    private PlatformSmoke() {
    }

    /**
     * A PlayCanvas space is published and served, a room runs a world without ships (its sculpture turns on its
     * orbit), then {@code installGame} adds the space game and MMOOMM: their routes answer and the room runs on.
     */
    static void publishesAndPlays(Http h, String token, Runnable installGame) throws Exception {
        String space = SpaceWorldsIT.newSpace(h, token, "Smoke");
        ObjectNode graph = SpaceWorldsIT.palette();
        ArrayNode nodes = (ArrayNode) graph.at("/canvases/0/nodes");
        SpaceWorldsIT.entity(nodes, (ArrayNode) graph.at("/canvases/0/edges"), "cube", "Cube", "StaticObject", 0, 0);
        nodes.forEach(n -> ((ObjectNode) n).putObject("position").put("x", 0).put("y", 0));
        SpaceWorldsIT.save(h, token, space, 0, graph);
        assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v1\"}", token).status());
        AppRenderIT.Published app = AppRenderIT.publish(h, token, space, "playcanvas-core", "{}");
        Http.Reply page = h.get(app.url().substring(app.url().indexOf("/p/")), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("engine/playcanvas.min.js"));

        String world = BaseIT.sharedWorld(h, token, "smoke-" + Long.toString(System.nanoTime(), 36));
        Http.Reply made = h.post("/api/v1/entities", "{\"worldId\":\"" + world + "\",\"components\":{\"Transform\":"
                + "{\"position\":{\"x\":300,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},"
                + "\"scale\":{\"x\":1,\"y\":1,\"z\":1}},\"Visual\":{\"model\":\"rock\"},\"Orbit\":{\"center\":"
                + "{\"x\":0,\"y\":0,\"z\":0},\"radius\":300,\"angularSpeed\":0.8}}}", token);
        assertEquals(made.body(), 201, made.status());
        String sculpture = made.json().path("id").asText();
        URI base = URI.create("http://127.0.0.1:" + Integer.getInteger("universo.it.http.port"));
        RoomClient c = RoomClient.join(HttpClient.newHttpClient(), base, token, world, "1",
                RoomClient.Options.binary()).get(10, TimeUnit.SECONDS);
        c.welcome().get(10, TimeUnit.SECONDS);
        long end = System.currentTimeMillis() + 15_000;
        while (!c.state().containsKey(sculpture) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertTrue("the sculpture is in the room", c.state().containsKey(sculpture));
        double x = c.state().get(sculpture).pos().x();
        while (Math.abs(c.state().get(sculpture).pos().x() - x) <= 1 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertTrue("the room runs the world: the sculpture turns", Math.abs(c.state().get(sculpture).pos().x() - x) > 1);
        assertEquals(Map.of("model", "avatar"), c.state().get(c.entityId()).components().get("Visual"));

        installGame.run();
        for (String route : List.of("/api/v1/mmoomm/materials", "/api/v1/trading/orders")) {
            assertEquals(route, 401, h.await(route, 401, 60_000).status());
        }
        assertEquals(200, h.get("/api/v1/mmoomm/materials", token).status());
        assertTrue(h.get("/api/v1/ships/catalog", token).body().contains("mmoomm.prospector"));
        assertFalse("the room ran on through the game's install", c.closed().isDone());
        c.close();
    }
}
