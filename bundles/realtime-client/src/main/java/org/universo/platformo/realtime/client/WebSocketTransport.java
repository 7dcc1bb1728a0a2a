package org.universo.platformo.realtime.client;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A {@link Transport} on the JDK's WebSocket client; frames split by the network are put back together. */
public final class WebSocketTransport implements Transport {
    private final WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private WebSocketTransport(WebSocket socket) {
        this.socket = socket;
    }

    public static CompletableFuture<Transport> connect(HttpClient http, URI uri, Receiver receiver) {
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, listener(receiver))
                .thenApply(WebSocketTransport::new);
    }

    /** Sends in order: the JDK client allows one outstanding send at a time. */
    @Override
    public synchronized CompletableFuture<Void> send(ByteBuffer frame) {
        CompletableFuture<Void> done = sending.handle((r, e) -> null)
                .thenCompose(x -> socket.sendBinary(frame, true)).thenApply(ws -> null);
        sending = done;
        return done;
    }

    @Override
    public synchronized CompletableFuture<Void> send(String frame) {
        CompletableFuture<Void> done = sending.handle((r, e) -> null)
                .thenCompose(x -> socket.sendText(frame, true)).thenApply(ws -> null);
        sending = done;
        return done;
    }

    @Override
    public void close(int code, String reason) {
        socket.sendClose(code, reason).exceptionally(e -> null);
    }

    private static WebSocket.Listener listener(Receiver receiver) {
        return new WebSocket.Listener() {
            private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                byte[] chunk = new byte[data.remaining()];
                data.get(chunk);
                binary.writeBytes(chunk);
                if (last) {
                    ByteBuffer frame = ByteBuffer.wrap(binary.toByteArray());
                    binary.reset();
                    receiver.binary(frame);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String frame = text.toString();
                    text.setLength(0);
                    receiver.text(frame);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                receiver.closed(code, reason);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                receiver.closed(1006, String.valueOf(error.getMessage()));
            }
        };
    }
}
