package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.realtime.protocol.JsonCodec;

/**
 * One room: its bodies and clients, changed only by its tick, which runs on a shared scheduler at fixed deadlines
 * (start + n × period, so it never drifts). Other threads talk to it through {@link #submit}.
 */
final class Room {
    private static final Logger LOG = LoggerFactory.getLogger(Room.class);

    /**
     * An event for the next state message: to {@code also} (may be null) and to every client that sees the body
     * {@code about} (-1: every client; -2: nobody else).
     */
    record Pending(Event event, int about, Client also) {
    }

    final String id;
    final String worldId;
    final RoomSettings settings;
    final JsonCodec json;
    final RoomMetrics metrics;
    /** This room's I/O lane (loading, write-backs, the extensions' off-tick work), in order, on a shared pool. */
    final Executor io;
    /** Socket writes of this room, in order, off the tick thread. */
    final Executor sender;
    final EntityStore store;
    final List<Body> bodies = new ArrayList<>();
    final List<Client> clients = new ArrayList<>();
    final List<Pending> events = new ArrayList<>();
    final Grid grid;
    final TickStats stats = new TickStats();
    final Membership membership = new Membership(this);
    final Broadcast broadcast = new Broadcast(this);
    final Simulation simulation = new Simulation(this);
    final WriteBack writeBack = new WriteBack(this);
    final RoomView view = new RoomView(this);
    /** The domains' extensions as registered now: read afresh each tick, so a bundle's refresh reaches a running room. */
    java.util.function.Supplier<Extensions> extensions = () -> Extensions.NONE;
    /** Components of stored entities by owner and entity id: the avatar model fits a joining player from them. */
    final java.util.Map<String, java.util.Map<String, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode>>>
            owned = new java.util.HashMap<>();
    private final ScheduledExecutorService ticker;
    private final ConcurrentLinkedQueue<Consumer<Room>> commands = new ConcurrentLinkedQueue<>();
    private final Runnable onClosed;
    private ScheduledFuture<?> next;
    private long startNanos;
    long startMs;
    long tick;
    int nextHandle;
    long emptySinceMs = -1;
    private int failedInARow;
    volatile boolean closed;

    Room(String id, String worldId, RoomSettings settings, JsonCodec json, RoomMetrics metrics,
            ScheduledExecutorService ticker, Executor io, Executor sendPool, EntityStore store, Runnable onClosed) {
        this.id = id;
        this.worldId = worldId;
        this.settings = settings;
        this.json = json;
        this.metrics = metrics;
        this.ticker = ticker;
        this.io = new SerialExecutor(io);   // loading, write-backs and extensions' work in order
        this.sender = new SerialExecutor(sendPool);
        this.store = store;
        this.onClosed = onClosed;
        this.grid = new Grid(settings.cellSize());
    }

    /** Loads the world (on the I/O executor), then starts ticking; commands wait until then. */
    void start() {
        io.execute(() -> {
            try {
                WorldLoader.load(this);
            } catch (RuntimeException e) {
                LOG.warn("Room {} could not load world {}; it starts empty", id, worldId, e);
            }
            startNanos = System.nanoTime();
            startMs = System.currentTimeMillis();
            schedule();
        });
    }

    void submit(Consumer<Room> command) {
        commands.add(command);
    }

    private void schedule() {
        long deadline = startNanos + (tick + 1) * settings.periodNanos();
        next = ticker.schedule(this::tick, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void tick() {
        long begin = System.nanoTime();
        long late = begin - (startNanos + (tick + 1) * settings.periodNanos());
        try {
            step();
            failedInARow = 0;
        } catch (RuntimeException | Error e) {
            metrics.failedTick();
            if (failedInARow++ == 0) {
                LOG.error("Room {} tick {} failed", id, tick, e);
            }
        }
        long work = System.nanoTime() - begin;
        stats.add(work);
        metrics.tick(work, late);
        if (late > 5 * settings.periodNanos()) {
            // Far behind (a long GC, an overloaded node): start the schedule afresh rather than catch up in a burst.
            startNanos = System.nanoTime() - tick * settings.periodNanos();
            metrics.skipped();
        }
        if (closed) {
            return;
        }
        if (failedInARow >= settings.tickHz()) {
            // A second of failed ticks is no passing fault: clients reconnect to a room loaded afresh from the store.
            LOG.error("Room {} closes: its last {} ticks failed", id, failedInARow);
            metrics.failedRoom();
            close(1011, "room failed");
            return;
        }
        if (clients.isEmpty() && emptySinceMs >= 0 && nowMs() - emptySinceMs > settings.emptyGraceMs()) {
            close(1001, "room closed");
            return;
        }
        schedule();
    }

    private void step() {
        tick++;
        Consumer<Room> c;
        while ((c = commands.poll()) != null) {
            c.accept(this);
        }
        double dt = 1.0 / settings.tickHz();
        membership.expire();
        Extensions ext = extensions.get();
        simulation.step(dt, ext);
        ext.systems(view, dt, metrics);
        if (tick * settings.snapshotHz() / settings.tickHz() != (tick - 1) * settings.snapshotHz() / settings.tickHz()) {
            broadcast.send();
        }
        writeBack.maybeWrite();
    }

    /**
     * Writes moved entities back and stops; called on the tick thread. Whatever fails on the way, the room is
     * removed: a closed room never lingers in the list.
     */
    void close(int code, String reason) {
        closed = true;
        try {
            for (Client c : new ArrayList<>(clients)) {
                if (c.attached()) {
                    try {
                        c.link.close(code, reason);
                    } catch (RuntimeException e) {
                        LOG.debug("Room {}: closing a client's socket failed", id, e);
                    }
                }
            }
            writeBack.write(true);
        } catch (RuntimeException e) {
            LOG.warn("Room {}: the last write-back failed", id, e);
        } finally {
            onClosed.run();
        }
    }

    /** Stops at once from another thread (the bundle stops): the last write-back runs on the caller's thread. */
    void shutdown() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
        submit(r -> { });
        try {
            writeBack.write(false);
        } catch (RuntimeException e) {
            LOG.warn("Room {}: the last write-back failed", id, e);
        }
    }

    Body addBody(String entityId, Body.Kind kind, String ownerId) {
        int historyTicks = settings.historyMs() * settings.tickHz() / 1000 + 2;
        Body b = new Body(this, nextHandle++, entityId, kind, ownerId, historyTicks);
        bodies.add(b);
        return b;
    }

    /** The body bindings read a stored entity that became a body; what they set is its loaded state. */
    void bind(Body b, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> components) {
        b.binding = true;
        try {
            extensions.get().bind(view, b, components, metrics);
        } finally {
            b.binding = false;
        }
    }

    void removeBody(Body b) {
        bodies.remove(b);
        grid.remove(b);
    }

    long nowMs() {
        return System.currentTimeMillis();
    }

    /** The tick (fractional) that was current at a server time in ms. */
    double tickAt(long serverMs) {
        return (serverMs - startMs) * settings.tickHz() / 1000.0;
    }
}
