package org.universo.platformo.realtime.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.universo.platformo.api.protocol.Ack;
import org.universo.platformo.api.protocol.Delta;
import org.universo.platformo.api.protocol.EntityState;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.Pong;
import org.universo.platformo.api.protocol.ProtocolError;
import org.universo.platformo.api.protocol.Snapshot;
import org.universo.platformo.realtime.protocol.Binary;
import org.universo.platformo.realtime.protocol.ClientFrames;
import org.universo.platformo.realtime.protocol.JsonCodec;
import org.universo.platformo.realtime.protocol.MalformedFrameException;
import org.universo.platformo.realtime.protocol.Out;
import org.universo.platformo.realtime.protocol.ServerFrames;
import org.universo.platformo.utils.time.TimeSync;

/**
 * A player's connection to a room: join, send intents and pings, follow the state. Listeners run on the transport's
 * thread; {@link #state()} is the newest state, safe to read from any thread.
 */
public final class RoomClient implements Transport.Receiver, AutoCloseable {
    /**
     * {@code json}: the debugging encoding; {@code reconnectToken}: come back to the ship of a dropped connection;
     * {@code transferToken}: take the seat a gate jump reserved (the {@code transferToken} of {@code system.transfer}).
     */
    public record Options(boolean json, String reconnectToken, String transferToken) {
        public Options(boolean json, String reconnectToken) {
            this(json, reconnectToken, null);
        }

        public static Options binary() {
            return new Options(false, null, null);
        }

        public Options transfer(String token) {
            return new Options(json, reconnectToken, token);
        }
    }

    private final JsonCodec json = new JsonCodec();
    private final ClientFrames clientFrames = new ClientFrames(json);
    private final ServerFrames serverFrames = new ServerFrames(json);
    private final States states = new States(json.mapper());
    private final TimeSync sync = new TimeSync();
    private final Options options;
    private final long[] sentNanos = new long[4096];
    private final AtomicLong seq = new AtomicLong(-1);
    private final List<Consumer<Snapshot>> snapshots = new CopyOnWriteArrayList<>();
    private final List<Consumer<Delta>> deltas = new CopyOnWriteArrayList<>();
    private final List<Consumer<Event>> events = new CopyOnWriteArrayList<>();
    private final List<Consumer<Ack>> acks = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProtocolError>> errors = new CopyOnWriteArrayList<>();
    private volatile String closeReason;
    private final CompletableFuture<Event> welcome = new CompletableFuture<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final List<Consumer<Long>> latencies = new CopyOnWriteArrayList<>();
    private final List<java.util.function.BiConsumer<Long, Long>> stateListeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, EntityState> state = Map.of();
    private volatile Transport transport;
    private volatile boolean wantFull;
    private long lastAcked = -1;
    private final AtomicLong bytesIn = new AtomicLong();

    private RoomClient(Options options) {
        this.options = options;
    }

    /** Opens {@code ws(s)://host/ws/rooms/{world}/{instance}} of {@code base} (the platform's http(s) address). */
    public static CompletableFuture<RoomClient> join(HttpClient http, URI base, String accessToken, String world,
            String instance, Options options) {
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        StringBuilder q = new StringBuilder("access_token=").append(enc(accessToken));
        if (options.json()) {
            q.append("&encoding=json");
        }
        if (options.reconnectToken() != null) {
            q.append("&reconnect=").append(enc(options.reconnectToken()));
        }
        if (options.transferToken() != null) {
            q.append("&transfer=").append(enc(options.transferToken()));
        }
        URI uri = URI.create(scheme + "://" + base.getAuthority() + "/ws/rooms/" + world + "/" + instance + "?" + q);
        RoomClient c = new RoomClient(options);
        return WebSocketTransport.connect(http, uri, c).thenApply(t -> {
            c.transport = t;
            return c;
        });
    }

    /** Joins through another transport (a proxy, a test double). */
    public static RoomClient over(Transport transport, Options options) {
        RoomClient c = new RoomClient(options);
        c.transport = transport;
        return c;
    }

    public RoomClient onSnapshot(Consumer<Snapshot> l) {
        snapshots.add(l);
        return this;
    }

    public RoomClient onDelta(Consumer<Delta> l) {
        deltas.add(l);
        return this;
    }

    public RoomClient onEvent(Consumer<Event> l) {
        events.add(l);
        return this;
    }

    public RoomClient onAck(Consumer<Ack> l) {
        acks.add(l);
        return this;
    }

    public RoomClient onError(Consumer<ProtocolError> l) {
        errors.add(l);
        return this;
    }

    /** After each state message (snapshot or delta) is applied: its tick and server time; {@link #state()} is it. */
    public RoomClient onState(java.util.function.BiConsumer<Long, Long> l) {
        stateListeners.add(l);
        return this;
    }

    /** Nanoseconds from sending an intent to receiving the state that includes it, per acknowledged intent. */
    public RoomClient onIntentLatency(Consumer<Long> l) {
        latencies.add(l);
        return this;
    }

    /** The {@code system.welcome} event: entityId, reconnectToken, tick rates, movement limits. */
    public CompletableFuture<Event> welcome() {
        return welcome;
    }

    /** Completes with the close code when the connection ends. */
    public CompletableFuture<Integer> closed() {
        return closed;
    }

    public String entityId() {
        return welcome.isDone() ? String.valueOf(welcome.join().payload().get("entityId")) : null;
    }

    public Map<String, EntityState> state() {
        return state;
    }

    public long tick() {
        return states.latestTick();
    }

    public long bytesReceived() {
        return bytesIn.get();
    }

    public TimeSync timeSync() {
        return sync;
    }

    /** The server clock as this client estimates it (its own clock until a pong arrived). */
    public long serverTime() {
        long now = System.currentTimeMillis();
        return sync.sampleCount() == 0 ? now : sync.serverTimeAt(now);
    }

    /** Sends an intent stamped with the next seq, the estimated server time and the newest state tick; its seq. */
    public long sendIntent(IntentPayload payload) {
        return send(payload, serverTime());
    }

    /** As {@link #sendIntent} with an explicit client time (e.g. to act on what was seen some time ago). */
    public synchronized long send(IntentPayload payload, long tClient) {
        long s = seq.incrementAndGet();
        long tick = states.latestTick();
        Intent intent = new Intent(s, tClient, payload, tick < 0 || wantFull ? null : tick);
        wantFull = false;
        sentNanos[(int) (s % sentNanos.length)] = System.nanoTime();
        if (options.json()) {
            transport.send(json.encode(intent));
        } else {
            Out out = new Out(64);
            clientFrames.intent(out, intent);
            transport.send(out.toBuffer());
        }
        return s;
    }

    public void ping() {
        long t0 = System.currentTimeMillis();
        if (options.json()) {
            transport.send(json.encode(new Ping(t0)));
        } else {
            Out out = new Out(16);
            Binary.ping(out, t0);
            transport.send(out.toBuffer());
        }
    }

    /** Raw frames, for tests of what the server does with bad input. */
    public void sendRaw(ByteBuffer frame) {
        transport.send(frame);
    }

    public void sendRaw(String frame) {
        transport.send(frame);
    }

    @Override
    public void binary(ByteBuffer frame) {
        bytesIn.addAndGet(frame.remaining());
        try {
            serverFrames.read(frame).forEach(this::handle);
        } catch (MalformedFrameException e) {
            wantFull = true;
        }
    }

    @Override
    public void text(String frame) {
        bytesIn.addAndGet(frame.length());
        try {
            handle(json.decode(frame));
        } catch (MalformedFrameException e) {
            wantFull = true;
        }
    }

    @Override
    public void closed(int code, String reason) {
        closeReason = reason;
        closed.complete(code);
    }

    /** Why the server closed the connection (its close frame's reason, e.g. an error code), once it did. */
    public String closeReason() {
        return closeReason;
    }

    private synchronized void handle(Message m) {
        if (m instanceof Snapshot s) {
            states.apply(s);
            state = states.latest();
            snapshots.forEach(l -> l.accept(s));
            stateListeners.forEach(l -> l.accept(s.tick(), s.tServer()));
        } else if (m instanceof Delta d) {
            if (states.apply(d)) {
                state = states.latest();
                deltas.forEach(l -> l.accept(d));
                stateListeners.forEach(l -> l.accept(d.tick(), d.tServer()));
            } else {
                wantFull = true;
            }
        } else if (m instanceof Ack a) {
            if (a.seq() > lastAcked) {
                lastAcked = a.seq();
                long took = System.nanoTime() - sentNanos[(int) (a.seq() % sentNanos.length)];
                latencies.forEach(l -> l.accept(took));
            }
            acks.forEach(l -> l.accept(a));
        } else if (m instanceof Pong p) {
            sync.addSample(p.t0(), p.tServer(), System.currentTimeMillis());
        } else if (m instanceof Event e) {
            if ("system.welcome".equals(e.topic())) {
                welcome.complete(e);
            }
            events.forEach(l -> l.accept(e));
        } else if (m instanceof ProtocolError e) {
            errors.forEach(l -> l.accept(e));
        }
    }

    @Override
    public void close() {
        transport.close(1000, "bye");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
