package org.universo.platformo.realtime.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import javax.websocket.CloseReason;
import javax.websocket.Session;

/** A client's WebSocket session as a {@link Link}; sends are asynchronous. */
final class SessionLink implements Link {
    private final Session session;
    private final boolean binary;

    SessionLink(Session session, boolean binary) {
        this.session = session;
        this.binary = binary;
    }

    @Override
    public boolean binary() {
        return binary;
    }

    @Override
    public void send(ByteBuffer frame, Runnable done) {
        try {
            session.getAsyncRemote().sendBinary(frame, result -> done.run());
        } catch (RuntimeException closed) {
            done.run();
        }
    }

    @Override
    public void send(String text, Runnable done) {
        try {
            session.getAsyncRemote().sendText(text, result -> done.run());
        } catch (RuntimeException closed) {
            done.run();
        }
    }

    @Override
    public void close(int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
    }
}
