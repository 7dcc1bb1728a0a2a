package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A drawn space becoming its world, through REST, one client, one request at a time: per iteration a new space gets
 * a draft of N nodes, is opened as its world (every entity materialized, one transaction), then one entity is moved
 * in the draft and the world opened again (the diff: one entity changed, the rest untouched). Prints p50/p90/p99/max
 * per step after a warm-up, and checks each answer (entities added, then exactly one changed).
 *
 * <pre>java -cp http-bench.jar org.universo.platformo.bench.http.SpaceWorldLoad --base http://127.0.0.1:18281
 *     [--nodes 1000] [--warmup 20] [--iterations 100]</pre>
 */
public final class SpaceWorldLoad {
    private static final ObjectMapper JSON = Api.JSON;
    private final Api api;

    private SpaceWorldLoad(URI base) {
        this.api = new Api(base);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--base", "http://127.0.0.1:18281", "--nodes", "1000",
                "--warmup", "20", "--iterations", "100"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        new SpaceWorldLoad(URI.create(opt.get("--base"))).run(Integer.parseInt(opt.get("--nodes")),
                Integer.parseInt(opt.get("--warmup")), Integer.parseInt(opt.get("--iterations")));
    }

    private void run(int nodes, int warmup, int iterations) throws Exception {
        api.signUp("worlds");
        String unik = api.call("POST", "/api/v1/uniks", Map.of("name", "Bench"), 201).path("id").asText();
        List<Long> materialize = new ArrayList<>();
        List<Long> diff = new ArrayList<>();
        int entities = -1;
        for (int i = 0; i < warmup + iterations; i++) {
            String id = api.call("POST", "/api/v1/uniks/" + unik + "/spaces", Map.of("name", "Bench " + i), 201)
                    .path("id").asText();
            ObjectNode graph = BenchGraph.of(JSON, nodes, "Bench " + i);
            save(id, 0, graph);
            long t0 = System.nanoTime();
            JsonNode opened = api.call("POST", "/api/v1/space-worlds/" + id, Map.of(), 200);
            long t1 = System.nanoTime();
            entities = opened.path("added").size();
            if (entities == 0) {
                throw new IllegalStateException("the space became no entities: " + opened);
            }
            moveFirstEntity(graph, i);
            save(id, 1, graph);
            long t2 = System.nanoTime();
            JsonNode again = api.call("POST", "/api/v1/space-worlds/" + id, Map.of(), 200);
            long t3 = System.nanoTime();
            if (again.path("changed").size() != 1 || again.path("added").size() != 0
                    || again.path("removed").size() != 0) {
                throw new IllegalStateException("the diff is not one changed entity: " + again);
            }
            if (i >= warmup) {
                materialize.add(t1 - t0);
                diff.add(t3 - t2);
            }
        }
        System.out.printf(Locale.ROOT, "graph: %d nodes -> %d entities; %d warm-up + %d measured iterations%n", nodes,
                entities, warmup, iterations);
        System.out.println(Api.percentiles("materialize (POST /space-worlds/{id}, new world)", materialize));
        System.out.println(Api.percentiles("re-apply with one entity moved (the diff)", diff));
    }

    private void save(String space, long revision, ObjectNode graph) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("revision", revision);
        body.set("graph", graph);
        api.call("PUT", "/api/v1/spaces/" + space + "/draft", body, 200);
    }

    private static void moveFirstEntity(ObjectNode graph, int i) {
        for (JsonNode n : graph.at("/canvases/0/nodes")) {
            if ("Entity".equals(n.path("type").asText())) {
                ArrayNode pos = (ArrayNode) n.path("data").path("transform").path("pos");
                pos.set(0, JSON.getNodeFactory().numberNode(1000 + i));
                return;
            }
        }
    }
}
