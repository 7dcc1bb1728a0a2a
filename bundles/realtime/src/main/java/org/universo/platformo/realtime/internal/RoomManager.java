package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.TokenAuthenticator;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.realtime.RoomInfo;
import org.universo.platformo.realtime.Rooms;
import org.universo.platformo.realtime.protocol.JsonCodec;
import org.universo.platformo.realtime.spi.AvatarModel;
import org.universo.platformo.realtime.spi.BodyBinding;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RoomSystem;
import org.universo.platformo.realtime.spi.WorldGate;

/** The rooms of this node, created on the first join and closed when empty; their scheduler and I/O threads. */
@Component(service = {RoomManager.class, Rooms.class}, configurationPid = "org.universo.platformo.realtime")
@Designate(ocd = RealtimeConfig.class)
public final class RoomManager implements Rooms {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomManager.class);
    final RealtimeConfig config;
    final TokenAuthenticator auth;
    final RoomMetrics metrics;
    final JsonCodec json = new JsonCodec();
    final UserConnections connections;
    private final EntityStore store;
    private final WorldAccess worlds;
    private final RoomSettings settings;
    private final ScheduledThreadPoolExecutor ticker;
    private final ExecutorService io;
    private final ExecutorService send;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final List<WorldGate> gates = new CopyOnWriteArrayList<>();
    final ExtensionRegistry registry = new ExtensionRegistry();
    /** Seats of players whose ship went to another world, taken on their join there. */
    final TransferTickets tickets;

    @Activate
    public RoomManager(@Reference TokenAuthenticator auth, @Reference EntityStore store, @Reference WorldAccess worlds,
            @Reference RoomMetrics metrics, RealtimeConfig config) {
        this.auth = auth;
        this.store = store;
        this.worlds = worlds;
        this.metrics = metrics;
        this.config = config;
        this.tickets = new TransferTickets(System::currentTimeMillis, config.transfer_ttl_seconds() * 1000L);
        this.settings = RoomSettings.of(config);
        this.connections = new UserConnections(config.max_connections_per_user());
        int threads = config.tick_threads() > 0 ? config.tick_threads() : Runtime.getRuntime().availableProcessors();
        this.ticker = new ScheduledThreadPoolExecutor(threads, named("universo-room-tick"));
        this.ticker.setRemoveOnCancelPolicy(true);
        this.io = Executors.newFixedThreadPool(2, named("universo-room-io"));
        this.send = Executors.newFixedThreadPool(threads, named("universo-room-send"));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIntentHandler(IntentHandler h, Map<String, Object> props) {
        registry.add(IntentHandler.class, h, props);
    }

    void removeIntentHandler(IntentHandler h) {
        registry.remove(IntentHandler.class, h);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAvatarModel(AvatarModel m, Map<String, Object> props) {
        registry.add(AvatarModel.class, m, props);
    }

    void removeAvatarModel(AvatarModel m) {
        registry.remove(AvatarModel.class, m);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBodyBinding(BodyBinding b, Map<String, Object> props) {
        registry.add(BodyBinding.class, b, props);
    }

    void removeBodyBinding(BodyBinding b) {
        registry.remove(BodyBinding.class, b);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSystem(RoomSystem s, Map<String, Object> props) {
        registry.add(RoomSystem.class, s, props);
    }

    void removeSystem(RoomSystem s) {
        registry.remove(RoomSystem.class, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGate(WorldGate gate) {
        gates.add(gate);
    }

    void removeGate(WorldGate gate) {
        gates.remove(gate);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        rooms.values().forEach(Room::shutdown);
        rooms.clear();
        ticker.shutdownNow();
        io.shutdown();
        send.shutdown();
        io.awaitTermination(5, TimeUnit.SECONDS);
        send.awaitTermination(2, TimeUnit.SECONDS);
    }

    /**
     * A refusing gate wins, an admitting one admits; otherwise the world's owner decides (players and editors join),
     * unless {@code worlds.open} opens every world to every signed-in user.
     */
    boolean mayJoin(AuthPrincipal user, String worldId) {
        boolean claimed = false;
        for (WorldGate g : gates) {
            Optional<Boolean> d = g.mayJoin(user, worldId);
            if (d.isPresent()) {
                if (!d.get()) {
                    return false;
                }
                claimed = true;
            }
        }
        return claimed || config.worlds_open() || worlds.role(user, worldId).atLeast(WorldRole.PLAYER);
    }

    /** Whether that room runs already (a new one loads the whole world, the joining player's entities with it). */
    boolean running(String worldId, String instanceId) {
        Room r = rooms.get(worldId + ":" + instanceId);
        return r != null && !r.closed;
    }

    /** The running room, or a new one loading its world. */
    Room room(String worldId, String instanceId) {
        String id = worldId + ":" + instanceId;
        rooms.computeIfPresent(id, (key, r) -> r.closed ? null : r);
        return rooms.computeIfAbsent(id, key -> {
            Room r = new Room(key, worldId, settings, json, metrics, ticker, io, send, store, () -> closed(key));
            r.extensions = registry::current;
            r.start();
            metrics.rooms(rooms.size() + 1);
            return r;
        });
    }

    /**
     * What the player owns in the world as stored now, for a join: a room that loaded before the player's ship was
     * made (a starter ship asked for just before joining) takes it before the join, so the player flies it. Null when
     * it cannot be read: the join goes on with what the room has.
     */
    List<org.universo.platformo.ecs.EntityView> owned(String worldId, String userId) {
        try {
            return store.loadOwned(worldId, userId);
        } catch (RuntimeException e) {
            LOG.warn("The entities of user {} in world {} could not be read for their join", userId, worldId, e);
            return null;
        }
    }

    @Override
    public boolean hosts(String worldId) {
        return rooms.values().stream().anyMatch(r -> !r.closed && r.worldId.equals(worldId));
    }

    private void closed(String id) {
        rooms.computeIfPresent(id, (key, r) -> r.closed ? null : r);
        metrics.rooms(rooms.size());
    }

    /** Asks every running room at once and waits for them together, at most 2 s; a closed room is dropped. */
    @Override
    public List<RoomInfo> list() {
        List<CompletableFuture<RoomInfo>> answers = new ArrayList<>();
        for (Room r : rooms.values()) {
            if (r.closed) {
                rooms.remove(r.id, r);
                continue;
            }
            answers.add(ask(r, room -> {
                long[] t = room.stats.micros();
                List<String> users = room.clients.stream().filter(Client::attached).map(c -> c.userId).toList();
                return new RoomInfo(room.id, room.worldId, room.tick, room.bodies.size(), users,
                        room.clients.size() - users.size(), t[0], t[1], t[2]);
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        List<RoomInfo> out = new ArrayList<>();
        for (CompletableFuture<RoomInfo> a : answers) {
            RoomInfo info = await(a, deadline);
            if (info != null) {
                out.add(info);
            }
        }
        return out;
    }

    @Override
    public boolean kick(String roomId, String userId, String reason) {
        Room r = rooms.get(roomId);
        return r != null && !r.closed && Boolean.TRUE.equals(await(ask(r, room -> room.membership.kick(userId,
                reason)), System.nanoTime() + TimeUnit.SECONDS.toNanos(2)));
    }

    /**
     * Who may be in a world changed (it turned private, say): every player of its rooms is asked again, off the tick,
     * as on joining; those no longer admitted are closed with 4003 {@code no longer admitted} and leave the room.
     */
    void readmit(String worldId) {
        for (Room r : rooms.values()) {
            if (r.worldId.equals(worldId)) {
                r.submit(room -> {
                    Map<String, AuthPrincipal> players = new java.util.LinkedHashMap<>();
                    room.clients.forEach(c -> players.putIfAbsent(c.userId, c.principal));
                    room.io.execute(() -> players.forEach((userId, user) -> {
                        boolean admitted;
                        try {
                            admitted = user != null && mayJoin(user, worldId);
                        } catch (RuntimeException e) {
                            LOG.warn("Room {}: could not ask again whether {} may stay; they stay", room.id, userId, e);
                            return;
                        }
                        if (!admitted) {
                            room.submit(rm -> rm.membership.kick(userId, "no longer admitted"));
                        }
                    }));
                });
            }
        }
    }

    /** Hands an event to the room clients of these users, in every room they are in, with the next state message. */
    void deliver(java.util.Set<String> userIds, org.universo.platformo.api.protocol.Event event) {
        for (Room r : rooms.values()) {
            r.submit(room -> room.clients.stream().filter(c -> userIds.contains(c.userId))
                    .forEach(c -> room.events.add(new Room.Pending(event, -2, c))));
        }
    }

    /** Entities changed worlds (parents first): rooms of the old world drop them, rooms of the new one take them. */
    void moved(List<String> ids, String fromWorldId, String toWorldId) {
        java.util.Set<String> set = java.util.Set.copyOf(ids);
        for (Room r : rooms.values()) {
            if (r.worldId.equals(fromWorldId)) {
                r.submit(room -> Transfers.left(room, set, toWorldId, tickets));
            } else if (r.worldId.equals(toWorldId)) {
                try {
                    io.execute(() -> arrive(r, ids));
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    return;   // the rooms are closing
                }
            }
        }
    }

    /**
     * A world's design changed: its rooms drop what was removed and take what was added or changed as stored now
     * (read on the I/O executor, applied on each room's tick).
     */
    void designed(String worldId, List<String> added, List<String> changed, List<String> removed) {
        for (Room r : rooms.values()) {
            if (!r.worldId.equals(worldId)) {
                continue;
            }
            try {
                io.execute(() -> {
                    try {
                        List<org.universo.platformo.ecs.EntityView> views = new ArrayList<>();
                        java.util.stream.Stream.concat(added.stream(), changed.stream())
                                .forEach(id -> store.find(id).ifPresent(views::add));
                        r.submit(room -> Transfers.redesigned(room, views, java.util.Set.copyOf(changed),
                                java.util.Set.copyOf(removed)));
                    } catch (RuntimeException e) {
                        LOG.warn("Room {}: the new design of world {} could not be read; the next load shows it", r.id,
                                worldId, e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                return;
            }
        }
    }

    private void arrive(Room r, List<String> ids) {
        try {
            List<org.universo.platformo.ecs.EntityView> views = new ArrayList<>();
            ids.forEach(id -> store.find(id).ifPresent(views::add));
            r.submit(room -> Transfers.arrived(room, views));
        } catch (RuntimeException e) {
            // The room shows them from its next load; until then its players do not see them.
            LOG.warn("Room {}: entities {} arriving could not be read", r.id, ids, e);
        }
    }

    /** Runs a question on the room's next tick. */
    private static <T> CompletableFuture<T> ask(Room r, Function<Room, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        r.submit(room -> answer.complete(question.apply(room)));
        return answer;
    }

    /** The answer, or null when the room did not give it before the deadline (it is stuck or just closed). */
    private static <T> T await(CompletableFuture<T> answer, long deadlineNanos) {
        try {
            return answer.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
