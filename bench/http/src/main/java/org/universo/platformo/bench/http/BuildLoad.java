package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Builds and serving through REST: fresh builds of a 1,000-node space with playcanvas-core (each with another page
 * title, so each is a real build), rebuilds of an existing input (answered from its hash), and the throughput of
 * serving the published app at /p/{slug}/ with C closed-loop clients.
 *
 * <pre>java -cp http-bench.jar org.universo.platformo.bench.http.BuildLoad --base http://127.0.0.1:18281
 *     [--nodes 1000] [--builds 30] [--cached 1000] [--concurrency 8] [--seconds 15]</pre>
 */
public final class BuildLoad {
    private final Api api;

    private BuildLoad(URI base) {
        api = new Api(base);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--base", "http://127.0.0.1:18281", "--nodes", "1000",
                "--builds", "30", "--cached", "1000", "--concurrency", "8", "--seconds", "15"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opt.keySet());
            }
            opt.put(args[i], args[i + 1]);
        }
        new BuildLoad(URI.create(opt.get("--base"))).run(Integer.parseInt(opt.get("--nodes")),
                Integer.parseInt(opt.get("--builds")), Integer.parseInt(opt.get("--cached")),
                Integer.parseInt(opt.get("--concurrency")), Integer.parseInt(opt.get("--seconds")));
    }

    private void run(int nodes, int builds, int cached, int concurrency, int seconds) throws Exception {
        api.signUp("builds");
        String unik = api.call("POST", "/api/v1/uniks", Map.of("name", "Bench"), 201).path("id").asText();
        String space = api.call("POST", "/api/v1/uniks/" + unik + "/spaces", Map.of("name", "Bench"), 201).path("id").asText();
        ObjectNode draft = Api.JSON.createObjectNode().put("revision", 0);
        draft.set("graph", BenchGraph.of(Api.JSON, nodes, "Bench"));
        api.call("PUT", "/api/v1/spaces/" + space + "/draft", draft, 200);
        api.call("POST", "/api/v1/spaces/" + space + "/versions", Map.of("label", "bench"), 201);

        List<Long> submitToDone = new ArrayList<>();
        List<Long> serverMs = new ArrayList<>();
        String last = null;
        for (int i = 0; i < builds + 5; i++) {
            long t0 = System.nanoTime();
            String job = api.call("POST", "/api/v1/builds", request(space, "Build " + i), 202).path("id").asText();
            JsonNode j = await(job);
            if (i >= 5) {
                submitToDone.add(System.nanoTime() - t0);
                serverMs.add(api.call("GET", "/api/v1/builds/" + job + "/artifact", null, 200).path("durationMs").asLong()
                        * 1_000_000);
            }
            last = j.path("id").asText();
        }
        /* Rebuilds and plain reads interleaved, after the same warm-up, so both see the same JIT and GC state. */
        List<Long> rebuild = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        List<Long> rebuildServer = new ArrayList<>();
        List<Long> readServer = new ArrayList<>();
        int warmUp = Math.max(200, cached / 5);
        for (int i = 0; i < cached + warmUp; i++) {
            long t0 = System.nanoTime();
            JsonNode j = api.call("POST", "/api/v1/builds", request(space, "Build 0"), 200);
            long t1 = System.nanoTime();
            long server = api.serverNanos;
            if (!j.path("cached").asBoolean()) {
                throw new IllegalStateException("expected a cached answer: " + j);
            }
            api.call("GET", "/api/v1/builds/" + last, null, 200);
            long t2 = System.nanoTime();
            if (i >= warmUp) {
                rebuild.add(t1 - t0);
                reads.add(t2 - t1);
                rebuildServer.add(server);
                readServer.add(api.serverNanos);
            }
        }
        System.out.printf(Locale.ROOT, "space: %d nodes; %d fresh builds, %d cached rebuilds%n", nodes, builds, cached);
        System.out.println(Api.percentiles("fresh build, submit to succeeded", submitToDone));
        System.out.println(Api.percentiles("fresh build, server generate+store", serverMs));
        System.out.println(Api.percentiles("rebuild of an existing input hash", rebuild));
        System.out.println(Api.percentiles("for scale: GET /builds/{id}", reads));
        System.out.println(Api.percentiles("rebuild, server side (Server-Timing)", rebuildServer));
        System.out.println(Api.percentiles("GET /builds/{id}, server side", readServer));
        serve(publish(space, last), concurrency, seconds);
    }

    private Map<String, Object> request(String space, String title) {
        return Map.of("spaceId", space, "version", 1, "templateId", "playcanvas-core", "settings",
                Map.of("title", title, "cameraControls", "none"));
    }

    private JsonNode await(String job) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            JsonNode j = api.call("GET", "/api/v1/builds/" + job, null, 200);
            String status = j.path("status").asText();
            if ("succeeded".equals(status)) {
                return j;
            }
            if ("failed".equals(status) || "cancelled".equals(status)) {
                throw new IllegalStateException("build " + job + " " + status + ": " + j.path("error").asText());
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("build " + job + " did not finish in 60 s");
    }

    private String publish(String space, String job) throws Exception {
        String slug = "bench-" + Long.toString(System.nanoTime(), 36);
        String id = api.call("POST", "/api/v1/publications", Map.of("spaceId", space, "slug", slug, "name", "Bench",
                "visibility", "public"), 201).path("id").asText();
        api.call("POST", "/api/v1/publications/" + id + "/versions", Map.of("buildId", job, "status", "release"), 201);
        api.call("POST", "/api/v1/publications/" + id + "/activate", Map.of("version", 1), 200);
        return "/p/" + slug + "/";
    }

    /** Closed loop: each client fetches the page, then the runtime script, again and again. */
    private void serve(String app, int concurrency, int seconds) throws Exception {
        String[] paths = {app, app + "app.js", app + "scene.json"};
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                long requests = 0;
                long bytes = 0;
                while (System.nanoTime() < end) {
                    HttpResponse<byte[]> r = api.http.send(HttpRequest.newBuilder(api.base.resolve(paths[(int) (requests % 3)]))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.statusCode() + " for " + r.uri());
                    }
                    requests++;
                    bytes += r.body().length;
                }
                return new long[] {requests, bytes};
            }));
        }
        long requests = 0;
        long bytes = 0;
        for (Future<long[]> f : clients) {
            long[] r = f.get();
            requests += r[0];
            bytes += r[1];
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "serving %s (page, app.js, scene.json in turn), %d clients, %d s: %.0f requests/s,"
                + " %.1f MB/s%n", app, concurrency, seconds, requests / (double) seconds, bytes / 1e6 / seconds);
    }
}
