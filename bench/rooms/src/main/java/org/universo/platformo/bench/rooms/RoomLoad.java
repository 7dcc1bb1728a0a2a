package org.universo.platformo.bench.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.universo.platformo.realtime.client.WebSocketTransport;

/**
 * The room workload: 200 NPCs on seeded circular orbits with vertical bob in a ±5000 m cube, one ship per bot, each bot
 * sending an intent at 30 Hz; for each C, 5 s warm-up then 20 s measured, in a fresh room instance.
 *
 * <pre>java -jar rooms-bench.jar --base http://127.0.0.1:18281 --clients 50,100,200 --server-pid 1234</pre>
 */
public final class RoomLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String token;

    private RoomLoad(URI base) throws Exception {
        this.base = base;
        String email = "bots-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        call("POST", "/api/v1/auth/register", Map.of("email", email, "password", "bench-password-1"), null);
        this.token = call("POST", "/api/v1/auth/login", Map.of("email", email, "password", "bench-password-1"), null)
                .path("accessToken").asText();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--base", "http://127.0.0.1:18281", "--clients",
                "50,100,200,400,800,1600", "--warmup", "5", "--seconds", "20", "--server-pid", "0", "--npcs", "200",
                "--label", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        RoomLoad load = new RoomLoad(URI.create(opt.get("--base")));
        String world = "bench-" + Long.toString(System.nanoTime(), 36);
        load.npcs(world, Integer.parseInt(opt.get("--npcs")));
        System.out.println(opt.get("--label"));
        System.out.println("   C | srv CPU %  RSS MB | tick p50 ms  p99 ms | KB/client/s | latency p50 ms  p99 ms"
                + " | failed joins  drops | bots CPU %");
        for (String c : opt.get("--clients").split(",")) {
            load.run(world, Integer.parseInt(c.trim()), Integer.parseInt(opt.get("--warmup")),
                    Integer.parseInt(opt.get("--seconds")), Long.parseLong(opt.get("--server-pid")));
        }
    }

    private void npcs(String world, int n) throws Exception {
        call("POST", "/api/v1/worlds", Map.of("id", world), token);
        Random r = new Random(42);
        for (int i = 0; i < n; i++) {
            double radius = 200 + r.nextDouble() * 1800;
            double speed = 20 + r.nextDouble() * 130;
            Map<String, Object> orbit = Map.of("center", Map.of("x", r.nextDouble() * 6000 - 3000, "y",
                    r.nextDouble() * 8000 - 4000, "z", r.nextDouble() * 6000 - 3000), "radius", radius,
                    "angularSpeed", (r.nextBoolean() ? 1 : -1) * speed / radius, "phase", r.nextDouble() * 2 * Math.PI,
                    "bobAmplitude", 5 + r.nextDouble() * 45, "bobPeriod", 5 + r.nextDouble() * 15);
            Map<String, Object> transform = Map.of("position", Map.of("x", 0, "y", 0, "z", 0), "rotation",
                    Map.of("x", 0, "y", 0, "z", 0, "w", 1), "scale", Map.of("x", 1, "y", 1, "z", 1));
            call("POST", "/api/v1/entities", Map.of("worldId", world, "name", "npc-" + i, "components",
                    Map.of("Transform", transform, "Orbit", orbit, "Visual", Map.of("model", "drone"))), token);
        }
    }

    private void run(String world, int clients, int warmup, int seconds, long serverPid) throws Exception {
        String instance = "c" + clients + "-" + Long.toString(System.nanoTime(), 36);
        List<Bot> bots = new ArrayList<>();
        ScheduledExecutorService loop = Executors.newScheduledThreadPool(2);
        int failed = 0;
        URI ws = URI.create("ws://" + base.getAuthority() + "/ws/rooms/" + world + "/" + instance + "?access_token="
                + token);
        for (int i = 0; i < clients; i++) {
            Bot b = new Bot(i * 7919L + clients);
            try {
                b.transport = WebSocketTransport.connect(http, ws, b).get(10, TimeUnit.SECONDS);
                bots.add(b);
            } catch (Exception e) {
                failed++;
            }
            if (i % 50 == 49) {
                Thread.sleep(100);
            }
        }
        loop.scheduleAtFixedRate(() -> bots.forEach(Bot::step), 0, 1000 / 30, TimeUnit.MILLISECONDS);
        for (Bot b : bots) {
            if (!b.welcomed.get(15, TimeUnit.SECONDS)) {
                failed++;
            }
        }
        Thread.sleep(warmup * 1000L);
        bots.forEach(b -> b.measuring = true);
        long[] cpu0 = cpu(serverPid);
        long botCpu0 = ownCpu();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        bots.forEach(b -> b.measuring = false);
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] cpu1 = cpu(serverPid);
        long botCpu = ownCpu() - botCpu0;
        JsonNode room = room(world + ":" + instance);
        long drops = bots.stream().filter(b -> b.closed).count();
        long bytes = bots.stream().mapToLong(b -> b.bytes).sum();
        long[] lat = bots.stream().flatMapToLong(b -> Arrays.stream(b.latencies.values, 0, b.latencies.size)).sorted()
                .toArray();
        loop.shutdownNow();
        bots.forEach(b -> b.transport.close(1000, "done"));
        System.out.printf(Locale.ROOT, "%4d | %9.1f %7d | %11.2f %7.2f | %11.1f | %14.1f %7.1f | %12d %6d | %10.1f%n",
                clients, (cpu1[0] - cpu0[0]) / 100.0 / wall * 100, cpu1[1] / 1024,
                room.path("tickP50Micros").asLong() / 1000.0, room.path("tickP99Micros").asLong() / 1000.0,
                bytes / 1024.0 / Math.max(1, bots.size()) / wall, pct(lat, 0.5) / 1e6, pct(lat, 0.99) / 1e6, failed,
                drops, botCpu / 1e9 / wall * 100);
        Thread.sleep(2000);
    }

    private JsonNode room(String id) throws Exception {
        for (JsonNode r : call("GET", "/api/v1/rooms", null, token)) {
            if (r.path("roomId").asText().equals(id)) {
                return r;
            }
        }
        return JSON.createObjectNode();
    }

    /** utime+stime in clock ticks (1/100 s) and RSS in KiB of the server process. */
    private static long[] cpu(long pid) throws Exception {
        if (pid <= 0) {
            return new long[2];
        }
        String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        long rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        return new long[] {Long.parseLong(stat[11]) + Long.parseLong(stat[12]), rss};
    }

    private static long ownCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private JsonNode call(String method, String path, Object body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
