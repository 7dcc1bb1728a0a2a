package org.universo.platformo.itests.fuzz;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Interact;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.UseModule;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.realtime.protocol.ClientFrames;
import org.universo.platformo.realtime.protocol.JsonCodec;
import org.universo.platformo.realtime.protocol.Out;

/**
 * Generated hostile and careless input against the distribution at its shipped settings: every operation of the
 * OpenAPI document, and WebSocket frames into a running room. Nothing may answer 5xx, every 4xx of the application
 * is the stable JSON error, no room stops ticking and no thread dies. {@code -Duniverso.fuzz.seed=N} repeats a run;
 * {@code -Duniverso.fuzz.cases=N} changes its size (10,000 each by default).
 */
public class FuzzIT {
    /** The suite's seed, so that its runs are alike; explore others with -Duniverso.fuzz.seed=random or a number. */
    private static final long SEED = seed(System.getProperty("universo.fuzz.seed", "-9057868002046531737"));
    private static final int CASES = Integer.getInteger("universo.fuzz.cases", 10_000);
    private static final String PASSWORD = "Fuzz-" + UUID.randomUUID();
    private static RunningPlatform platform;
    /** Registered before any generated request, which may use up the address's registrations for the hour. */
    private static String watcherToken;
    private static String requestsToken;
    private static final List<String> FRAME_TOKENS = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeClass
    public static void start() throws Exception {
        System.out.println("FuzzIT seed " + SEED + " (repeat with -Duniverso.fuzz.seed=" + SEED + ")");
        platform = RunningPlatform.start();
        register("fuzz-admin@example.org");
        watcherToken = register("fuzz-watcher@example.org");
        requestsToken = register("fuzz-requests@example.org");
        for (int i = 0; i < 5; i++) {
            FRAME_TOKENS.add(register("fuzz-frames-" + i + "@example.org"));
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    public void roomsSurviveGeneratedFrames() throws Exception {
        JqwikSession.start();
        try {
            frames();
        } finally {
            JqwikSession.finish();
        }
    }

    private void frames() throws Exception {
        Inputs in = new Inputs(new Random(SEED));
        JsonCodec json = new JsonCodec();
        ClientFrames frames = new ClientFrames(json);
        String world = "fuzz-" + UUID.randomUUID();
        HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(platform.base.resolve("/api/v1/worlds"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + watcherToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + world + "\",\"visibility\":\"public\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(made.body(), 201, made.statusCode());
        RoomClient watcher = join(watcherToken, world, new RoomClient.Options(true, null));
        watcher.welcome().get(10, TimeUnit.SECONDS);

        List<String> tokens = FRAME_TOKENS;
        RoomClient[] open = new RoomClient[tokens.size()];
        Map<Integer, Integer> closeCodes = new TreeMap<>();
        Map<String, Integer> abnormal = new TreeMap<>();
        boolean[] refusable = new boolean[open.length];
        int raced = 0;
        int connections = 0;
        for (int i = 0; i < CASES; i++) {
            int slot = i % open.length;
            if (open[slot] == null || open[slot].closed().isDone()) {
                if (open[slot] != null) {
                    int code = open[slot].closed().join();
                    if (code == 1006 && refusable[slot]) {
                        // the server closed it for a refused frame while this client was still writing the next
                        // ones: the client sees its write reset before the close frame; counted apart, not a fault
                        raced++;
                    } else {
                        closeCodes.merge(code, 1, Integer::sum);
                    }
                    if (code == 1011 || code == 1006 && !refusable[slot]) {
                        abnormal.merge(String.valueOf(open[slot].closeReason()), 1, Integer::sum);
                    }
                }
                open[slot] = join(tokens.get(slot), world, in.chance(0.5) ? RoomClient.Options.binary()
                        : new RoomClient.Options(true, null));
                refusable[slot] = false;
                connections++;
            }
            try {
                refusable[slot] |= send(open[slot], in, json, frames, i);
            } catch (RuntimeException | Error e) {
                // the server closed it between the check and the send: counted when it is seen closed
            }
            if (slot == open.length - 1) {
                Thread.sleep(20); // pacing: five connections at about 40 frames a second each, as busy players
            }
        }
        for (RoomClient c : open) {
            if (c != null) {
                c.closed().completeOnTimeout(-1, 5, TimeUnit.SECONDS);
                c.close();
            }
        }
        System.out.println("FuzzIT frames: " + CASES + " over " + connections + " connections; close codes "
                + closeCodes + "; reset while writing after a refused frame: " + raced
                + (abnormal.isEmpty() ? "" : "; abnormal: " + abnormal));
        assertTrue("a frame made the server fail (1011) or drop a connection that sent only valid frames (1006): "
                + abnormal, abnormal.isEmpty());

        assertFalse("the watcher's connection was closed: " + watcher.closeReason(), watcher.closed().isDone());
        long tick = watcher.tick();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (watcher.tick() <= tick + 10 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue("the room stopped sending state (tick " + tick + " → " + watcher.tick() + ")",
                watcher.tick() > tick + 10);
        watcher.close();
        String metrics = get("/metrics", null).body();
        assertTrue(metrics, metrics.contains("universo_room_failed_ticks_total"));
        for (String line : metrics.split("\n")) {
            if (line.startsWith("universo_room_failed_ticks_total")) {
                assertEquals(line, 0.0, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), 0.0);
            }
        }
        assertNoThreadDied();
    }

    @Test
    public void everyOperationAnswersGeneratedRequestsWithoutServerErrors() throws Exception {
        JqwikSession.start();
        try {
            requests();
        } finally {
            JqwikSession.finish();
        }
    }

    private void requests() throws Exception {
        Inputs in = new Inputs(new Random(SEED ^ 0x5DEECE66DL));
        String user = requestsToken;
        JsonNode doc = Inputs.JSON.readTree(get("/api/v1/openapi.json", null).body());
        JsonNode components = doc.path("components");
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext();) {
                Map.Entry<String, JsonNode> m = ms.next();
                // signing out with the test's own token would end the run's session, not test anything new
                if (!p.getKey().endsWith("/auth/logout")) {
                    ops.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(), m.getValue()));
                }
            }
        }
        assertTrue("operations in the OpenAPI document: " + ops.size(), ops.size() > 50);
        String serverPath = doc.path("servers").path(0).path("url").asText("/api/v1");

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            Operation op = ops.get(in.below(ops.size()));
            boolean[] ambiguous = {false};
            String path = serverPath + expand(op, in, ambiguous);
            HttpRequest.Builder b = HttpRequest.newBuilder(platform.base.resolve(path)).timeout(Duration.ofSeconds(30));
            int auth = in.below(10);
            if (auth < 7) {
                b.header("Authorization", "Bearer " + user);
            } else if (auth == 7) {
                b.header("Authorization", in.chance(0.5) ? "Bearer " + in.headerText() : in.headerText());
            }
            String body = null;
            if (op.spec.has("requestBody") || "POST".equals(op.method) || "PUT".equals(op.method)
                    || "PATCH".equals(op.method)) {
                JsonNode schema = op.spec.path("requestBody").path("content").path("application/json").path("schema");
                body = in.body(schema, components);
                b.header("Content-Type", in.chance(0.95) ? "application/json" : in.chance(0.5) ? "text/plain"
                        : "application/json; charset=" + in.headerText());
            }
            b.method(op.method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r;
            try {
                r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IllegalArgumentException e) {
                continue; // a header value the client itself refuses to send
            }
            statuses.merge(r.statusCode(), 1, Integer::sum);
            String problem = problem(r, ambiguous[0]);
            if (problem != null && failures.size() < 30) {
                failures.add(op.method + " " + path + (body == null ? "" : " body " + cut(body)) + " → "
                        + r.statusCode() + " " + problem + ": " + cut(r.body()));
            }
        }
        System.out.println("FuzzIT requests: " + CASES + " over " + ops.size() + " operations; statuses " + statuses);
        assertTrue("seed " + SEED + ":\n" + String.join("\n", failures), failures.isEmpty());
        assertEquals(200, get("/api/v1/health", null).statusCode());
        assertNoThreadDied();
    }

    /** Why a response breaks the rules, or null. */
    private static String problem(HttpResponse<String> r, boolean ambiguousPath) {
        int s = r.statusCode();
        if (s >= 500) {
            return "server error";
        }
        if (s < 400) {
            return null;
        }
        boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        if (ambiguousPath && !json && (s == 400 || s == 404)) {
            // the web server may refuse an ambiguous path (an encoded '/', '\' or dot segment) itself, before the
            // API; when it lets one through, the API answers it as any other
            return null;
        }
        if (!json) {
            return "not JSON";
        }
        try {
            JsonNode e = Inputs.JSON.readTree(r.body());
            return e.path("code").isTextual() && e.path("message").isTextual() && e.path("traceId").isTextual()
                    ? null : "not the error shape {code, message, details, traceId}";
        } catch (Exception e) {
            return "unparseable JSON";
        }
    }

    private static String expand(Operation op, Inputs in, boolean[] ambiguous) {
        StringBuilder path = new StringBuilder();
        String t = op.path;
        int at = 0;
        while (true) {
            int open = t.indexOf('{', at);
            if (open < 0) {
                path.append(t, at, t.length());
                break;
            }
            int close = t.indexOf('}', open);
            path.append(t, at, open);
            String value = in.chance(0.3) ? UUID.randomUUID().toString() : in.pathSegment();
            ambiguous[0] |= value.contains("/") || value.contains("\\") || value.equals(".") || value.equals("..")
                    || value.isEmpty() || value.contains(";");
            path.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            at = close + 1;
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.spec.path("parameters")) {
            if ("query".equals(p.path("in").asText()) && in.chance(0.6)) {
                String value = in.text();
                value = value.codePointCount(0, value.length()) > 200
                        ? value.substring(0, value.offsetByCodePoints(0, 200)) : value;
                query.append(query.length() == 0 ? '?' : '&').append(p.path("name").asText()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (in.chance(0.05)) {
            query.append(query.length() == 0 ? '?' : '&').append(URLEncoder.encode(in.pathSegment(),
                    StandardCharsets.UTF_8)).append("=1");
        }
        return path.append(query).toString();
    }

    /** Sends one generated frame; true when it is one the server refuses (closing the connection). */
    private static boolean send(RoomClient c, Inputs in, JsonCodec json, ClientFrames frames, int i) {
        int kind = in.below(8);
        switch (kind) {
            case 0 -> c.sendRaw(ByteBuffer.wrap(in.bytes(64)));
            case 1 -> c.sendRaw(in.text());
            case 2 -> {
                Out out = new Out(128);
                frames.intent(out, intent(in, i));
                ByteBuffer buf = out.toBuffer();
                byte[] b = new byte[buf.remaining()];
                buf.get(b);
                for (int k = 1 + in.below(3); k > 0 && b.length > 0; k--) {
                    b[in.below(b.length)] = (byte) in.below(256);
                }
                c.sendRaw(ByteBuffer.wrap(in.chance(0.2) ? java.util.Arrays.copyOf(b, in.below(b.length + 1)) : b));
            }
            case 3 -> {
                JsonNode node = json.mapper().valueToTree(intent(in, i));
                String text = node.toString();
                c.sendRaw(in.chance(0.5) ? text.replaceFirst(":[^,{}\\[\\]]+", ":" + in.anyJson(2))
                        : text.substring(0, in.below(text.length() + 1)));
            }
            case 4 -> c.sendRaw(in.chance(0.5) ? "x".repeat(5000) : "{\"type\":\"intent\",\"pad\":\"" + "y".repeat(5000)
                    + "\"}");
            default -> c.sendIntent(intent(in, i).payload());
        }
        return kind < 5;
    }

    private static Intent intent(Inputs in, int i) {
        double[] v = new double[6];
        for (int k = 0; k < v.length; k++) {
            v[k] = in.chance(0.9) ? in.below(201) / 100.0 - 1 : in.chance(0.5) ? 1e308 : -7;
        }
        IntentPayload p = switch (in.below(4)) {
            case 0 -> new IntentPayload(null, new Fire(in.pathSegment(), in.chance(0.5) ? null : in.pathSegment()),
                    null, null);
            case 1 -> new IntentPayload(null, null, new UseModule(in.pathSegment(), Map.of(in.pathSegment(),
                    in.text())), null);
            case 2 -> new IntentPayload(null, null, null, new Interact(in.pathSegment(), in.pathSegment()));
            default -> IntentPayload.of(new Move(new Vec3(v[0], v[1], v[2]), v[3], v[4], v[5]));
        };
        return new Intent(i, System.currentTimeMillis(), p, in.chance(0.8) ? null : (long) in.below(1_000_000));
    }

    private static long seed(String s) {
        return "random".equals(s) ? new Random().nextLong() : Long.parseLong(s);
    }

    private static RoomClient join(String token, String world, RoomClient.Options o) throws Exception {
        return RoomClient.join(HTTP, platform.base, token, world, "1", o).get(10, TimeUnit.SECONDS);
    }

    private static String register(String email) throws Exception {
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> registered = post("/api/v1/auth/register", credentials);
        assertEquals(registered.body(), 202, registered.statusCode());
        HttpResponse<String> r = post("/api/v1/auth/login", credentials);
        assertEquals(r.body(), 200, r.statusCode());
        return Inputs.JSON.readTree(r.body()).path("accessToken").asText();
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(platform.base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(platform.base.resolve(path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An uncaught exception on any thread is written to the Karaf log by the JVM's default handler. */
    private static void assertNoThreadDied() throws Exception {
        for (var log : List.of(platform.home.resolve("data/log/karaf.log"), platform.home.resolve("console.log"))) {
            if (Files.exists(log)) {
                String text = Files.readString(log);
                assertFalse(log + " shows a dead thread", text.contains("Exception in thread"));
            }
        }
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private record Operation(String method, String path, JsonNode spec) {
    }
}
