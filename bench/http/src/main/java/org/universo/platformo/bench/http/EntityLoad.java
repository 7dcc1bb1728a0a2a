package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Instantiation of a 10,000-entity, 6-level bill of materials and fetches of its tree with totals, through REST. Levels
 * L0..L5 each use 6 pieces of the next; L0 also uses 669 pieces of L5: 1 + 6 + 36 + 216 + 1296 + 7776 + 669 = 10,000.
 *
 * <pre>java -cp http-bench.jar org.universo.platformo.bench.http.EntityLoad --base http://127.0.0.1:18281
 *     [--instantiations 20] [--fetches 50]</pre>
 */
public final class EntityLoad {
    private static final String TRANSFORM = "{\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,"
            + "\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";
    private final Api api;

    private EntityLoad(Api api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--base", "http://127.0.0.1:18281", "--instantiations",
                "20", "--fetches", "50"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        new EntityLoad(new Api(java.net.URI.create(opt.get("--base"))).signUp("entities"))
                .run(Integer.parseInt(opt.get("--instantiations")), Integer.parseInt(opt.get("--fetches")));
    }

    private void run(int instantiations, int fetches) throws Exception {
        String root = bom();
        List<Long> made = new ArrayList<>();
        List<Long> madeServer = new ArrayList<>();
        List<Long> fetched = new ArrayList<>();
        List<Long> fetchedServer = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        String world = api.call("POST", "/api/v1/worlds", java.util.Map.of("name", "bench"), 201).path("id").asText();
        JsonNode body = Api.JSON.readTree("{\"resourceVersionId\":\"" + root + "\",\"worldId\":\"" + world + "\","
                + "\"components\":{\"Transform\":" + TRANSFORM + "}}");
        int bytes = 0;
        double mass = 0;
        for (int i = 0; i < instantiations + 3; i++) {
            long t0 = System.nanoTime();
            JsonNode r = api.call("POST", "/api/v1/entities/instantiate", body, 201);
            long t1 = System.nanoTime();
            if (r.path("entities").asInt() != 10_000) {
                throw new IllegalStateException("expected 10,000 entities: " + r.path("entities"));
            }
            if (i >= 3) {
                made.add(t1 - t0);
                madeServer.add(api.serverNanos);
            }
            String id = r.path("root").path("id").asText();
            int rounds = i < 3 ? 5 : Math.max(1, fetches / instantiations);
            for (int f = 0; f < rounds; f++) {
                long t2 = System.nanoTime();
                var http = api.http.send(java.net.http.HttpRequest.newBuilder(api.base.resolve("/api/v1/entities/" + id
                        + "/tree")).header("Authorization", "Bearer " + token()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                long t3 = System.nanoTime();
                if (http.statusCode() != 200) {
                    throw new IllegalStateException("tree answered " + http.statusCode());
                }
                bytes = http.body().length;
                if (i >= 3) {
                    fetched.add(t3 - t2);
                    fetchedServer.add(http.headers().firstValue("Server-Timing").map(v -> (long) (Double.parseDouble(
                            v.substring(8)) * 1e6)).orElse(-1L));
                    mass = Api.JSON.readTree(http.body()).path("totals").path("massKg").asDouble();
                }
            }
            long t4 = System.nanoTime();
            api.call("DELETE", "/api/v1/entities/" + id, null, 204);
            if (i >= 3) {
                deleted.add(System.nanoTime() - t4);
            }
        }
        System.out.printf(Locale.ROOT, "tree: 10,000 entities, 6 levels; %d instantiations, %d tree fetches "
                + "(%.1f MB each, total mass %.1f kg)%n", made.size(), fetched.size(), bytes / 1e6, mass);
        System.out.println(Api.percentiles("instantiate, client", made));
        System.out.println(Api.percentiles("instantiate, server (Server-Timing)", madeServer));
        System.out.println(Api.percentiles("tree with totals, client", fetched));
        System.out.println(Api.percentiles("tree with totals, server", fetchedServer));
        System.out.println(Api.percentiles("delete the tree, client", deleted));
    }

    private String token() {
        return api.token();
    }

    /** L0..L5, each published after its parts; returns L0's version id. */
    private String bom() throws Exception {
        String x = Long.toString(System.nanoTime(), 36);
        String below = null;
        String leaf = null;
        for (int level = 5; level >= 0; level--) {
            String code = "bench-l" + level + "-" + x;
            String resource = api.call("POST", "/api/v1/resources", Map.of("code", code, "name", code, "category",
                    "bench"), 201).path("id").asText();
            String v = api.call("POST", "/api/v1/resources/" + resource + "/versions", Map.of("version", "1.0.0", "unit",
                    "pcs", "massKg", 1.5 * (level + 1), "volumeM3", 0.01, "cost", 10L * (level + 1)), 201)
                    .path("id").asText();
            if (below != null) {
                api.call("POST", "/api/v1/resource-versions/" + v + "/bom", Map.of("childVersionId", below, "qty", 6,
                        "unit", "pcs"), 200);
            }
            if (level == 0) {
                api.call("POST", "/api/v1/resource-versions/" + v + "/bom", Map.of("childVersionId", leaf, "qty", 669,
                        "unit", "pcs"), 200);
            }
            api.call("POST", "/api/v1/resource-versions/" + v + "/publish", Map.of(), 200);
            leaf = leaf == null ? v : leaf;
            below = v;
        }
        return below;
    }
}
