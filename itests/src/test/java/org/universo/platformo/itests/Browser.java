package org.universo.platformo.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

/**
 * Headless Chromium (the system's, from apt) driven over the DevTools protocol: opens a page, records console
 * errors, uncaught exceptions, failed requests and every requested URL, and takes a screenshot. WebGL runs on
 * SwiftShader, so 3D scenes render without a GPU.
 */
final class Browser implements AutoCloseable {
    /** What a page did: its errors, the URLs it requested, and a screenshot. */
    record Visit(List<String> errors, List<String> requests, BufferedImage screenshot, String probe) {
        /** Pixels that differ clearly from the colour at the top-left corner (the background). */
        int foregroundPixels() {
            int bg = screenshot.getRGB(0, 0);
            int n = 0;
            for (int y = 0; y < screenshot.getHeight(); y++) {
                for (int x = 0; x < screenshot.getWidth(); x++) {
                    n += distance(screenshot.getRGB(x, y), bg) > 48 ? 1 : 0;
                }
            }
            return n;
        }

        private static int distance(int a, int b) {
            return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255))
                    + Math.abs((a & 255) - (b & 255));
        }
    }

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    Browser() throws Exception {
        profile = Files.createTempDirectory("chromium");
        process = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio",
                // two players in two windows: neither is throttled as a background page
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--window-size=800,600", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path port = profile.resolve("DevToolsActivePort");
        long end = System.currentTimeMillis() + 30_000;
        while (!Files.exists(port) || Files.readAllLines(port).size() < 2) {
            if (!process.isAlive() || System.currentTimeMillis() > end) {
                throw new IOException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        List<String> lines = Files.readAllLines(port);
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0) + lines.get(1)), new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    /** Opens {@code url} in a new tab, lets it run for {@code settleMs} after the load event, then looks. */
    Visit visit(String url, long settleMs) throws Exception {
        return visit(url, settleMs, null);
    }

    /** As {@link #visit(String, long)}, then evaluates {@code probe} (an expression) in the page; its string value is kept. */
    Visit visit(String url, long settleMs, String probe) throws Exception {
        String target = call(null, "Target.createTarget", Http.JSON.createObjectNode().put("url", "about:blank"))
                .path("targetId").asText();
        String session = call(null, "Target.attachToTarget", Http.JSON.createObjectNode().put("targetId", target)
                .put("flatten", true)).path("sessionId").asText();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            call(session, domain + ".enable", Http.JSON.createObjectNode());
        }
        events.clear();
        call(session, "Page.navigate", Http.JSON.createObjectNode().put("url", url));
        long end = System.currentTimeMillis() + 30_000;
        while (events.stream().noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))
                && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        Thread.sleep(settleMs);
        String probed = probe == null ? null : call(session, "Runtime.evaluate", Http.JSON.createObjectNode()
                .put("expression", probe).put("awaitPromise", true).put("returnByValue", true)).at("/result/value").asText();
        String png = call(session, "Page.captureScreenshot", Http.JSON.createObjectNode().put("format", "png"))
                .path("data").asText();
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(p.path("type").asText())) {
                        errors.add("console.error: " + p.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if ("error".equals(p.at("/entry/level").asText())) {
                        errors.add("log: " + p.at("/entry/text").asText() + " " + p.at("/entry/url").asText());
                    }
                }
                case "Network.loadingFailed" -> errors.add("request failed: " + p.path("errorText").asText());
                case "Network.requestWillBeSent" -> requests.add(p.at("/request/url").asText());
                default -> { }
            }
        }
        call(null, "Target.closeTarget", Http.JSON.createObjectNode().put("targetId", target));
        return new Visit(errors, requests, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png))), probed);
    }

    /**
     * A page that stays open, in a browser context of its own (its own storage and cookies: two pages are two
     * players), driven as a user would: typing, clicking and pressing keys through the input pipeline.
     */
    final class Page implements AutoCloseable {
        private final String context;
        private final String target;
        private final String session;

        private Page(String context, String target, String session) {
            this.context = context;
            this.target = target;
            this.session = session;
        }

        /** The string value of {@code expression} (a promise is awaited). */
        String eval(String expression) throws Exception {
            JsonNode r = call(session, "Runtime.evaluate", Http.JSON.createObjectNode().put("expression", expression)
                    .put("awaitPromise", true).put("returnByValue", true));
            if (r.has("exceptionDetails")) {
                throw new IOException("evaluation failed: " + r.path("exceptionDetails"));
            }
            return r.at("/result/value").asText();
        }

        /** Waits until {@code condition} (an expression) is true; on timeout fails with the value of {@code explain}. */
        void until(String condition, long timeoutMs, String explain) throws Exception {
            long end = System.currentTimeMillis() + timeoutMs;
            while (!"true".equals(eval("String(!!(" + condition + "))"))) {
                if (System.currentTimeMillis() > end) {
                    throw new AssertionError("timed out waiting for " + condition + ": " + eval(explain));
                }
                Thread.sleep(50);
            }
        }

        /** Clicks the centre of the element {@code selector} names. */
        void click(String selector) throws Exception {
            JsonNode box = Http.JSON.readTree(eval("(function () { var r = document.querySelector("
                    + Http.JSON.writeValueAsString(selector) + ").getBoundingClientRect();"
                    + " return JSON.stringify({ x: r.x + r.width / 2, y: r.y + r.height / 2 }); })()"));
            for (String type : List.of("mousePressed", "mouseReleased")) {
                call(session, "Input.dispatchMouseEvent", Http.JSON.createObjectNode().put("type", type)
                        .put("x", box.path("x").asDouble()).put("y", box.path("y").asDouble()).put("button", "left")
                        .put("clickCount", 1));
            }
        }

        /** Focuses the element {@code selector} names and types {@code text} into it. */
        void type(String selector, String text) throws Exception {
            eval("document.querySelector(" + Http.JSON.writeValueAsString(selector) + ").focus(), ''");
            call(session, "Input.insertText", Http.JSON.createObjectNode().put("text", text));
        }

        /** Presses and releases a key: {@code key} as KeyboardEvent.key names it, {@code code} and its key code. */
        void press(String key, String code, int keyCode) throws Exception {
            for (String type : List.of("keyDown", "keyUp")) {
                ObjectNode e = Http.JSON.createObjectNode().put("type", type).put("key", key).put("code", code)
                        .put("windowsVirtualKeyCode", keyCode).put("nativeVirtualKeyCode", keyCode);
                if (type.equals("keyDown") && key.length() == 1) {
                    e.put("text", key);
                }
                call(session, "Input.dispatchKeyEvent", e);
            }
        }

        /** Every URL this page requested so far. */
        List<String> requests() {
            List<String> out = new ArrayList<>();
            for (JsonNode e : events) {
                if (session.equals(e.path("sessionId").asText())
                        && "Network.requestWillBeSent".equals(e.path("method").asText())) {
                    out.add(e.at("/params/request/url").asText());
                }
            }
            return out;
        }

        /** Console errors, uncaught exceptions and failed requests of this page so far. */
        List<String> errors() {
            List<String> out = new ArrayList<>();
            for (JsonNode e : events) {
                if (!session.equals(e.path("sessionId").asText())) {
                    continue;
                }
                JsonNode p = e.path("params");
                switch (e.path("method").asText()) {
                    case "Runtime.consoleAPICalled" -> {
                        if ("error".equals(p.path("type").asText())) {
                            out.add("console.error: " + p.path("args"));
                        }
                    }
                    case "Runtime.exceptionThrown" -> out.add("exception: " + p.path("exceptionDetails"));
                    case "Network.loadingFailed" -> out.add("request failed: " + p.path("errorText").asText());
                    default -> { }
                }
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            try {
                call(null, "Target.closeTarget", Http.JSON.createObjectNode().put("targetId", target));
                call(null, "Target.disposeBrowserContext", Http.JSON.createObjectNode().put("browserContextId", context));
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /** Opens {@code url} in a new browser context and waits for its load event. */
    Page open(String url) throws Exception {
        String context = call(null, "Target.createBrowserContext", Http.JSON.createObjectNode())
                .path("browserContextId").asText();
        String target = call(null, "Target.createTarget", Http.JSON.createObjectNode().put("url", "about:blank")
                .put("browserContextId", context)).path("targetId").asText();
        String session = call(null, "Target.attachToTarget", Http.JSON.createObjectNode().put("targetId", target)
                .put("flatten", true)).path("sessionId").asText();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            call(session, domain + ".enable", Http.JSON.createObjectNode());
        }
        call(session, "Page.navigate", Http.JSON.createObjectNode().put("url", url));
        long end = System.currentTimeMillis() + 30_000;
        while (events.stream().noneMatch(e -> session.equals(e.path("sessionId").asText())
                && "Page.loadEventFired".equals(e.path("method").asText()))) {
            if (System.currentTimeMillis() > end) {
                throw new IOException("the page did not load: " + url);
            }
            Thread.sleep(50);
        }
        return new Page(context, target, session);
    }

    private JsonNode call(String session, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = Http.JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
        }
        JsonNode r = reply.get(30, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IOException(method + ": " + r.path("error"));
        }
        return r.path("result");
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    /** Collects frames into messages: replies complete their call, everything else is an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = Http.JSON.readTree(buffer.toString());
                    CompletableFuture<JsonNode> reply = msg.has("id") ? pending.remove(msg.path("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(msg);
                    } else {
                        events.add(msg);
                    }
                } catch (IOException e) {
                    events.add(Http.JSON.createObjectNode().put("method", "bad-frame"));
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
