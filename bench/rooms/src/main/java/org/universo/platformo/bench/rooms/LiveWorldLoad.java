package org.universo.platformo.bench.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.universo.platformo.api.protocol.EntityState;
import org.universo.platformo.realtime.client.RoomClient;

/**
 * What a player of a creator's world waits for, on loopback, one thing at a time:
 * <ul>
 * <li>sign-in to the first state: POST /auth/login, the room's WebSocket join, until the first state message;</li>
 * <li>a new design reaching a live room: one entity of the drawn space moved and the space applied to its world
 * (POST /space-worlds/{id}, the path publishing takes) until a player in its room sees the entity at its new place.</li>
 * </ul>
 * Each answer is checked (the entity at the new place, the state after the join) before it counts.
 *
 * <pre>java -cp rooms-bench.jar org.universo.platformo.bench.rooms.LiveWorldLoad --base http://127.0.0.1:18281
 *     [--entities 100] [--warmup 10] [--iterations 50]</pre>
 */
public final class LiveWorldLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "bench-password-1";
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    private LiveWorldLoad(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--base", "http://127.0.0.1:18281", "--entities", "100",
                "--warmup", "10", "--iterations", "50"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        new LiveWorldLoad(URI.create(opt.get("--base"))).run(Integer.parseInt(opt.get("--entities")),
                Integer.parseInt(opt.get("--warmup")), Integer.parseInt(opt.get("--iterations")));
    }

    private void run(int entities, int warmup, int iterations) throws Exception {
        String email = "creator-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        call("POST", "/api/v1/auth/register", Map.of("email", email, "password", PASSWORD), null, 202);
        String token = signIn(email);
        String unik = call("POST", "/api/v1/uniks", Map.of("name", "Bench"), token, 201).path("id").asText();
        String space = call("POST", "/api/v1/uniks/" + unik + "/spaces", Map.of("name", "Live"), token, 201)
                .path("id").asText();
        ObjectNode graph = graph(entities);
        save(token, space, 0, graph);
        call("POST", "/api/v1/space-worlds/" + space, Map.of(), token, 200);
        String moved = null;
        for (JsonNode e : call("GET", "/api/v1/entities?worldId=" + space + "&limit=200", null, token, 200).path("items")) {
            if ("E0".equals(e.path("name").asText())) {
                moved = e.path("id").asText();
            }
        }
        if (moved == null) {
            throw new IllegalStateException("the world has no entity E0");
        }

        List<Long> firstState = new ArrayList<>();
        for (int i = 0; i < warmup + iterations; i++) {
            long t0 = System.nanoTime();
            String t = signIn(email);
            RoomClient c = RoomClient.join(http, base, t, space, "signin-" + i, RoomClient.Options.binary())
                    .get(10, TimeUnit.SECONDS);
            awaitState(c, s -> !s.isEmpty());
            long t1 = System.nanoTime();
            if (!c.state().containsKey(moved)) {
                throw new IllegalStateException("the first state has not the drawn world: " + c.state().keySet());
            }
            c.close();
            if (i >= warmup) {
                firstState.add(t1 - t0);
            }
        }

        RoomClient player = RoomClient.join(http, base, token, space, "live", RoomClient.Options.binary())
                .get(10, TimeUnit.SECONDS);
        String id = moved;
        awaitState(player, s -> s.containsKey(id));
        List<Long> diff = new ArrayList<>();
        for (int i = 0; i < warmup + iterations; i++) {
            double x = 50 + i;   // within the player's interest radius, so the room sends it
            move(graph, x);
            save(token, space, i + 1, graph);
            long t0 = System.nanoTime();
            JsonNode applied = call("POST", "/api/v1/space-worlds/" + space, Map.of(), token, 200);
            awaitState(player, s -> s.containsKey(id) && Math.abs(s.get(id).pos().x() - x) < 0.1);
            long t1 = System.nanoTime();
            if (applied.path("changed").size() != 1) {
                throw new IllegalStateException("the diff is not one changed entity: " + applied);
            }
            if (i >= warmup) {
                diff.add(t1 - t0);
            }
        }
        player.close();
        System.out.printf(Locale.ROOT, "world: %d drawn entities; %d warm-up + %d measured iterations%n", entities,
                warmup, iterations);
        System.out.println(percentiles("sign-in -> first state (login, join)", firstState));
        System.out.println(percentiles("new design -> seen in the live room", diff));
    }

    /** Waits for the client's state to pass the test, woken by each state message; 10 s at most. */
    private static void awaitState(RoomClient c, java.util.function.Predicate<Map<String, EntityState>> test)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!test.test(c.state())) {
            CountDownLatch next = new CountDownLatch(1);
            c.onState((tick, time) -> next.countDown());
            if (test.test(c.state())) {
                return;
            }
            if (!next.await(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the room's state never showed it");
            }
        }
    }

    private String signIn(String email) throws Exception {
        return call("POST", "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null, 200)
                .path("accessToken").asText();
    }

    /** A root Space and entities E0… on a 100 m grid. */
    private static ObjectNode graph(int entities) {
        ObjectNode graph = JSON.createObjectNode();
        ObjectNode canvas = graph.putArray("canvases").addObject().put("id", "main").put("name", "Main").put("order", 0);
        ArrayNode nodes = canvas.putArray("nodes");
        ArrayNode edges = canvas.putArray("edges");
        nodes.addObject().put("id", "root").put("type", "Space").putObject("data").put("spaceName", "Live");
        for (int i = 0; i < entities; i++) {
            ObjectNode data = JSON.createObjectNode().put("entityType", "asteroid");
            ObjectNode t = data.putObject("transform");
            t.putArray("pos").add(100 * (i % 10)).add(0).add(-100 * (i / 10));
            t.putArray("rot").add(0).add(0).add(0);
            t.putArray("scale").add(20).add(20).add(20);
            nodes.addObject().put("id", "e" + i).put("type", "Entity").put("label", "E" + i).set("data", data);
            edges.addObject().put("id", "e" + i + "-in-root").put("source", "e" + i).put("sourcePort", "entity")
                    .put("target", "root").put("targetPort", "entities");
        }
        for (JsonNode n : nodes) {
            ((ObjectNode) n).putObject("position").put("x", 0).put("y", 0);
        }
        return graph;
    }

    private static void move(ObjectNode graph, double x) {
        ((ArrayNode) graph.at("/canvases/0/nodes/1/data/transform/pos")).set(0, JSON.getNodeFactory().numberNode(x));
    }

    private void save(String token, String space, long revision, ObjectNode graph) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("revision", revision);
        body.set("graph", graph);
        call("PUT", "/api/v1/spaces/" + space + "/draft", body, token, 200);
    }

    private JsonNode call(String method, String path, Object body, String token, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    private static String percentiles(String name, List<Long> samples) {
        List<Long> l = samples.stream().sorted().toList();
        return String.format(Locale.ROOT, "%-40s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms", name,
                at(l, 0.50), at(l, 0.90), at(l, 0.99), l.get(l.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
