package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Save and load of space versions through REST, one client, one request at a time: per iteration it saves the
 * draft (a graph of N nodes, validated and link-checked by the server), makes a version of it, reads that version
 * back and reads the draft. Prints p50/p90/p99/max per step after a warm-up.
 *
 * <pre>java -cp http-bench.jar org.universo.platformo.bench.http.SpaceVersionLoad --base http://127.0.0.1:18281
 *     [--nodes 1000] [--warmup 50] [--iterations 200]</pre>
 */
public final class SpaceVersionLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private String token;

    private SpaceVersionLoad(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--base", "http://127.0.0.1:18281", "--nodes", "1000",
                "--warmup", "50", "--iterations", "200"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        new SpaceVersionLoad(URI.create(opt.get("--base"))).run(Integer.parseInt(opt.get("--nodes")),
                Integer.parseInt(opt.get("--warmup")), Integer.parseInt(opt.get("--iterations")));
    }

    private void run(int nodes, int warmup, int iterations) throws Exception {
        String email = "versions-" + Long.toString(System.currentTimeMillis(), 36) + "@example.org";
        token = call("POST", "/api/v1/auth/register", Map.of("email", email, "password", "bench-password-1"), 201)
                .path("accessToken").asText();
        String unik = call("POST", "/api/v1/uniks", Map.of("name", "Bench"), 201).path("id").asText();
        String space = "/api/v1/spaces/" + call("POST", "/api/v1/uniks/" + unik + "/spaces", Map.of("name", "Bench"), 201)
                .path("id").asText();
        int bytes = JSON.writeValueAsBytes(BenchGraph.of(JSON, nodes, "x")).length;
        System.out.printf(Locale.ROOT, "graph: %d nodes, %d KiB of JSON; %d warm-up + %d measured iterations%n",
                nodes, bytes / 1024, warmup, iterations);
        String[] steps = {"save draft (PUT /draft)", "make version (POST /versions)", "load version (GET /versions/n)",
                "load draft (GET /draft)"};
        List<List<Long>> times = new ArrayList<>();
        for (int s = 0; s < steps.length; s++) {
            times.add(new ArrayList<>());
        }
        long revision = 0;
        for (int i = 0; i < warmup + iterations; i++) {
            ObjectNode body = JSON.createObjectNode().put("revision", revision);
            body.set("graph", BenchGraph.of(JSON, nodes, "Bench " + i));
            long[] t = new long[4];
            t[0] = System.nanoTime();
            revision = call("PUT", space + "/draft", body, 200).path("revision").asLong();
            t[1] = System.nanoTime();
            int version = call("POST", space + "/versions", Map.of("label", "v" + i), 201).path("version").asInt();
            t[2] = System.nanoTime();
            JsonNode loaded = call("GET", space + "/versions/" + version, null, 200);
            t[3] = System.nanoTime();
            call("GET", space + "/draft", null, 200);
            long end = System.nanoTime();
            if (loaded.at("/graph/canvases/0/nodes").size() != nodes) {
                throw new IllegalStateException("version " + version + " came back with a different graph");
            }
            if (i >= warmup) {
                for (int s = 0; s < 3; s++) {
                    times.get(s).add(t[s + 1] - t[s]);
                }
                times.get(3).add(end - t[3]);
            }
        }
        for (int s = 0; s < steps.length; s++) {
            List<Long> l = times.get(s);
            l.sort(null);
            System.out.printf(Locale.ROOT, "%-32s p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", steps[s],
                    ms(l, 0.50), ms(l, 0.90), ms(l, 0.99), l.get(l.size() - 1) / 1e6);
        }
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            String text = r.body();
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": "
                    + text.substring(0, Math.min(500, text.length())));
        }
        return JSON.readTree(r.body());
    }
}
