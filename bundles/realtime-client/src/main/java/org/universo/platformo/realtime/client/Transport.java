package org.universo.platformo.realtime.client;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ConsumerType;

/** How a {@link RoomClient} reaches a room; the default is {@link WebSocketTransport}. */
@ConsumerType
public interface Transport {

    /** What the transport reports; called on the transport's thread, one frame at a time. */
    interface Receiver {
        void binary(ByteBuffer frame);

        void text(String frame);

        void closed(int code, String reason);
    }

    CompletableFuture<Void> send(ByteBuffer frame);

    CompletableFuture<Void> send(String frame);

    void close(int code, String reason);
}
