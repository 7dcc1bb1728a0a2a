package org.universo.platformo.realtime.internal;

import java.nio.ByteBuffer;

/** The connection of one client as the room sees it (a WebSocket session, or a test double). */
interface Link {
    /** Binary frames, else JSON text frames. */
    boolean binary();

    /** Sends without blocking; {@code done} runs when the frame was written or failed. */
    void send(ByteBuffer frame, Runnable done);

    void send(String text, Runnable done);

    void close(int code, String reason);
}
