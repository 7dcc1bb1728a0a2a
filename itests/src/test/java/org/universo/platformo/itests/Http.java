package org.universo.platformo.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the tests: real requests to the booted distribution on loopback. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Status, body text, and the body as JSON when it is JSON. */
    record Reply(int status, String body, String traceHeader, String cacheControl, String etag,
            java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path, String bearer) {
        return send("GET", path, null, bearer, null);
    }

    Reply post(String path, String body, String bearer) {
        return send("POST", path, body, bearer, body == null ? null : "application/json");
    }

    Reply send(String method, String path, String body, String bearer, String contentType) {
        return send(method, path, body, bearer, contentType, new String[0]);
    }

    /**
     * {@code headers}: extra request headers as name, value, name, value... An API request answered by the web server's
     * own 404 page instead of the API's JSON is sent again for up to 30 s: a JAX-RS resource arriving or leaving
     * re-publishes the whole application, and meanwhile no route answers (no resource ran, so a retry is safe).
     */
    Reply send(String method, String path, String body, String bearer, String contentType, String... headers) {
        long end = System.currentTimeMillis() + 30_000;
        Reply r = once(method, path, body, bearer, contentType, headers);
        while (path.startsWith("/api/") && r.status() == 404 && !r.body().startsWith("{")
                && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
            r = once(method, path, body, bearer, contentType, headers);
        }
        return r;
    }

    private Reply once(String method, String path, String body, String bearer, String contentType, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("X-Trace-Id").orElse(null),
                    r.headers().firstValue("Cache-Control").orElse(null), r.headers().firstValue("ETag").orElse(null), r.headers());
        } catch (IOException e) {
            return new Reply(-1, e.toString(), null, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, e.toString(), null, null, null, null);
        }
    }

    /** Waits until the path answers with the status: the whiteboard publishes routes asynchronously. */
    Reply await(String path, int status, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        Reply r = get(path, null);
        while (r.status() != status && System.currentTimeMillis() < end) {
            Thread.sleep(250);
            r = get(path, null);
        }
        return r;
    }
}
