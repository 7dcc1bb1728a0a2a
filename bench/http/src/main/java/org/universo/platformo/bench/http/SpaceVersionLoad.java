package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
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
    private static final ObjectMapper JSON = Api.JSON;
    private final Api api;

    private SpaceVersionLoad(URI base) {
        this.api = new Api(base);
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
        api.signUp("versions");
        String unik = api.call("POST", "/api/v1/uniks", Map.of("name", "Bench"), 201).path("id").asText();
        String space = "/api/v1/spaces/" + api.call("POST", "/api/v1/uniks/" + unik + "/spaces", Map.of("name", "Bench"), 201)
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
            revision = api.call("PUT", space + "/draft", body, 200).path("revision").asLong();
            t[1] = System.nanoTime();
            int version = api.call("POST", space + "/versions", Map.of("label", "v" + i), 201).path("version").asInt();
            t[2] = System.nanoTime();
            JsonNode loaded = api.call("GET", space + "/versions/" + version, null, 200);
            t[3] = System.nanoTime();
            api.call("GET", space + "/draft", null, 200);
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
            System.out.println(Api.percentiles(steps[s], times.get(s)));
        }
    }
}
