package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A signed-in REST client for the bench programs; any unexpected status stops the run with the answer. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final URI base;
    private String token;
    /** The server's own time for the last answer (its Server-Timing header), in nanoseconds; -1 without one. */
    long serverNanos = -1;

    Api(URI base) {
        this.base = base;
    }

    /** Registers a fresh user and keeps its access token. */
    Api signUp(String prefix) throws Exception {
        String email = prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "@example.org";
        call("POST", "/api/v1/auth/register", Map.of("email", email, "password", "bench-password-1"), 202);
        token = call("POST", "/api/v1/auth/login", Map.of("email", email, "password", "bench-password-1"), 200)
                .path("accessToken").asText();
        return this;
    }

    String token() {
        return token;
    }

    JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        serverNanos = r.headers().firstValue("Server-Timing").filter(v -> v.startsWith("app;dur="))
                .map(v -> (long) (Double.parseDouble(v.substring(8)) * 1e6)).orElse(-1L);
        if (r.statusCode() != expected) {
            String text = r.body();
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": "
                    + text.substring(0, Math.min(500, text.length())));
        }
        return JSON.readTree(r.body());
    }

    /** "name p50 .. p90 .. p99 .. max .." of nanosecond samples. */
    static String percentiles(String name, List<Long> samples) {
        List<Long> l = samples.stream().sorted().toList();
        return String.format(Locale.ROOT, "%-36s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms", name,
                at(l, 0.50), at(l, 0.90), at(l, 0.99), l.get(l.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
