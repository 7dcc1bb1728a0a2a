package org.universo.platformo.bench.rooms;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.realtime.client.Transport;
import org.universo.platformo.realtime.protocol.Binary;
import org.universo.platformo.realtime.protocol.ClientFrames;
import org.universo.platformo.realtime.protocol.JsonCodec;
import org.universo.platformo.realtime.protocol.Out;

/**
 * One player: an intent every client tick (thrust and turn on a random walk, a shot every 2 s), acknowledging the
 * newest state tick it received. It reads only message headers, so that the bots' process measures the server
 * rather than decoding.
 */
final class Bot implements Transport.Receiver {
    private static final ClientFrames FRAMES = new ClientFrames(new JsonCodec());
    final CompletableFuture<Boolean> welcomed = new CompletableFuture<>();
    private final Random random;
    private final long[] sentNanos = new long[1024];
    private final Out out = new Out(64);
    volatile Transport transport;
    volatile boolean measuring;
    volatile boolean closed;
    private long seq = -1;
    private volatile long ackTick = -1;
    private long lastAck = -1;
    private double thrust = 0.5;
    private double turn;
    long bytes;
    final LongList latencies = new LongList();

    private final long salt;

    Bot(long seed) {
        this.random = new Random(seed);
        this.salt = Math.floorMod(seed, 60);
    }

    synchronized void step() {
        if (transport == null || closed) {
            return;
        }
        thrust = clamp(thrust + (random.nextDouble() - 0.5) * 0.2, 0, 1);
        turn = clamp(turn + (random.nextDouble() - 0.5) * 0.3, -1, 1);
        seq++;
        Move move = new Move(new Vec3(0, 0, ClientFrames.step(thrust)), ClientFrames.step(turn), 0, 0);
        // a shot along the nose every 2 s (60 client ticks), staggered between bots
        Fire fire = (seq + salt) % 60 == 0 ? new Fire("laser", null) : null;
        Intent intent = new Intent(seq, System.currentTimeMillis(), new IntentPayload(move, fire, null, null),
                ackTick < 0 ? null : ackTick);
        out.reset();
        FRAMES.intent(out, intent);
        sentNanos[(int) (seq % sentNanos.length)] = System.nanoTime();
        transport.send(out.toBuffer());
    }

    @Override
    public void binary(ByteBuffer frame) {
        if (measuring) {
            synchronized (this) {
                bytes += frame.remaining();
            }
        }
        long[] head = Binary.peek(frame);
        if (head[0] > lastAck) {
            lastAck = head[0];
            if (measuring) {
                synchronized (latencies) {
                    latencies.add(System.nanoTime() - sentNanos[(int) (head[0] % sentNanos.length)]);
                }
            }
        }
        if (head[1] > ackTick) {
            ackTick = head[1];
        }
        if (head[1] >= 0) {
            welcomed.complete(true);
        }
    }

    @Override
    public void text(String frame) {
        // refusals arrive as JSON text before the server closes the connection
    }

    @Override
    public void closed(int code, String reason) {
        closed = true;
        welcomed.complete(false);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** A growable list of longs. */
    static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
