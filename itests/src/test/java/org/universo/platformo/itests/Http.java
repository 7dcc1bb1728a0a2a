package org.universo.platformo.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the tests: real requests to the booted distribution on loopback. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Status, body text, and the body as JSON when it is JSON. */
    record Reply(int status, String body, String traceHeader, String cacheControl) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path, String bearer) {
        return send("GET", path, null, bearer, null);
    }

    Reply post(String path, String body, String bearer) {
        return send("POST", path, body, bearer, "application/json");
    }

    Reply send(String method, String path, String body, String bearer, String contentType) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(5000);
            c.setReadTimeout(30000);
            if (bearer != null) {
                c.setRequestProperty("Authorization", "Bearer " + bearer);
            }
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Reply(status, text, c.getHeaderField("X-Trace-Id"), c.getHeaderField("Cache-Control"));
        } catch (IOException e) {
            return new Reply(-1, e.toString(), null, null);
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
