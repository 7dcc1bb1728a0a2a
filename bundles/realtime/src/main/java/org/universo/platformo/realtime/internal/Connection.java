package org.universo.platformo.realtime.internal;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.Pong;
import org.universo.platformo.api.protocol.ProtocolError;
import org.universo.platformo.realtime.protocol.Binary;
import org.universo.platformo.realtime.protocol.ClientFrames;
import org.universo.platformo.realtime.protocol.MalformedFrameException;
import org.universo.platformo.realtime.protocol.Out;

/**
 * What arrives on one connection, checked before it reaches the room: rate limits, decoding, the seq window. A bad
 * message is answered with an error and counted; too many within 10 s close this connection only.
 */
final class Connection {
    private static final long ABUSE_WINDOW_NANOS = 10_000_000_000L;
    private final RoomManager rooms;
    private final Room room;
    private final Link link;
    private final ClientFrames frames;
    private final TokenBucket messages;
    private final TokenBucket bytes;
    private final ArrayDeque<Long> abuse = new ArrayDeque<>();
    private long lastSeq = -1;
    private boolean closing;
    private final String userId;
    private final String sessionId;
    private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
    /** Set on the room's tick when the join is done. */
    volatile Client client;

    Connection(RoomManager rooms, Room room, Link link, String userId, String sessionId) {
        this.userId = userId;
        this.sessionId = sessionId;
        rooms.connections.track(sessionId, link);
        this.rooms = rooms;
        this.room = room;
        this.link = link;
        this.frames = new ClientFrames(rooms.json);
        RealtimeConfig c = rooms.config;
        this.messages = new TokenBucket(c.rate_messages_per_second(), c.rate_messages_per_second() * 1.5);
        this.bytes = new TokenBucket(c.rate_bytes_per_second(), c.rate_bytes_per_second() * 2.0);
    }

    void binary(ByteBuffer frame) {
        if (!admit(frame.remaining())) {
            return;
        }
        List<Message> decoded;
        try {
            decoded = frames.read(frame);
        } catch (MalformedFrameException e) {
            bad("malformed", e.getMessage());
            return;
        }
        decoded.forEach(this::handle);
    }

    void text(String frame) {
        if (!admit(frame.length())) {
            return;
        }
        Message m;
        try {
            m = rooms.json.decode(frame);
        } catch (MalformedFrameException e) {
            bad("malformed", e.getMessage());
            return;
        }
        handle(m);
    }

    private boolean admit(int size) {
        if (!messages.take(1) || !bytes.take(size)) {
            bad("rate_limited", "slow down: at most " + rooms.config.rate_messages_per_second() + " messages and "
                    + rooms.config.rate_bytes_per_second() + " bytes per second");
            return false;
        }
        return true;
    }

    private void handle(Message m) {
        if (m instanceof Ping p) {
            reply(new Pong(p.t0(), System.currentTimeMillis()));
        } else if (m instanceof Intent in) {
            if (in.seq() <= lastSeq) {
                bad("replayed_seq", "seq " + in.seq() + " is not after " + lastSeq);
            } else if (lastSeq >= 0 && in.seq() > lastSeq + rooms.config.seq_window()) {
                bad("seq_out_of_window", "seq " + in.seq() + " is too far ahead of " + lastSeq);
            } else {
                lastSeq = in.seq();
                room.submit(r -> {
                    Client c = client;
                    if (c != null && c.link == link) {
                        c.offer(in);
                    }
                });
            }
        } else {
            bad("unexpected_message", "clients send intents and pings, not " + m.getClass().getSimpleName());
        }
    }

    /** The socket closed: the ship waits for a reconnection (unless it was kicked and is gone already). */
    void closed() {
        if (released.compareAndSet(false, true)) {
            rooms.connections.release(userId);
            rooms.connections.untrack(sessionId, link);
        }
        room.submit(r -> {
            Client c = client;
            if (c != null && c.link == link) {
                r.membership.detach(c);
            }
        });
    }

    void bad(String code, String message) {
        rooms.metrics.error(code);
        if (code.startsWith("rate") || code.startsWith("seq") || code.startsWith("replayed")) {
            rooms.metrics.intent("rejected");
        }
        reply(new ProtocolError(code, message == null ? code : message));
        long now = System.nanoTime();
        abuse.addLast(now);
        while (!abuse.isEmpty() && now - abuse.peekFirst() > ABUSE_WINDOW_NANOS) {
            abuse.pollFirst();
        }
        if (abuse.size() >= rooms.config.abuse_max_errors() && !closing) {
            closing = true;
            link.close(1008, "too many bad messages");
        }
    }

    private void reply(Message m) {
        if (link.binary()) {
            Out out = new Out(64);
            if (m instanceof Pong p) {
                Binary.pong(out, p.t0(), p.tServer());
            } else {
                Binary.json(out, Binary.ERROR, rooms.json.encode(m));
            }
            link.send(out.toBuffer(), () -> { });
        } else {
            link.send(rooms.json.encode(m), () -> { });
        }
    }
}
