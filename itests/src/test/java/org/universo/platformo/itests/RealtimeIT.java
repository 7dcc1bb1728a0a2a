package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.EntityState;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.ProtocolError;
import org.universo.platformo.realtime.client.RoomClient;
import org.universo.platformo.realtime.spi.WorldGate;

/** Rooms over real WebSockets on the distribution (PostgreSQL), with the Java client SDK. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RealtimeIT extends BaseIT {
    private static final String TRANSFORM = "{\"position\":{\"x\":%s,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,"
            + "\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";
    private final HttpClient http = HttpClient.newHttpClient();

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + Integer.getInteger("universo.it.http.port"));
    }

    private RoomClient join(String token, String world, String instance, RoomClient.Options o) throws Exception {
        RoomClient c = RoomClient.join(http, base(), token, world, instance, o).get(10, TimeUnit.SECONDS);
        c.welcome().get(10, TimeUnit.SECONDS);
        return c;
    }

    private static String entity(Http h, String token, String world, double x, String more) {
        sharedWorld(h, token, world);
        Http.Reply r = h.post("/api/v1/entities", "{\"worldId\":\"" + world + "\",\"components\":{\"Transform\":"
                + String.format(TRANSFORM, x) + ",\"Visual\":{\"model\":\"rock\"}" + more + "}}", token);
        assertEquals(r.body(), 201, r.status());
        return r.json().path("id").asText();
    }

    private static String orbit(double omega) {
        return ",\"Orbit\":{\"center\":{\"x\":0,\"y\":0,\"z\":0},\"radius\":300,\"angularSpeed\":" + omega + "}";
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            assertTrue("timed out waiting for " + what, System.currentTimeMillis() < end);
            Thread.sleep(20);
        }
    }

    @Test
    public void playersSeeTheSameWorldAndOnlyWhatIsNearThem() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String world = "shared-" + Long.toString(System.nanoTime(), 36);
        String npc = entity(h, a, world, 300, orbit(0.5));
        String far = entity(h, a, world, 5000, "");
        RoomClient binary = join(a, world, "1", RoomClient.Options.binary());
        RoomClient json = join(b, world, "1", new RoomClient.Options(true, null));
        Map<Long, EntityState> seenByA = new ConcurrentHashMap<>();
        Map<Long, EntityState> seenByB = new ConcurrentHashMap<>();
        binary.onState((tick, t) -> Optional.ofNullable(binary.state().get(npc)).ifPresent(s -> seenByA.put(tick, s)));
        json.onState((tick, t) -> Optional.ofNullable(json.state().get(npc)).ifPresent(s -> seenByB.put(tick, s)));
        List<Long> deltas = new CopyOnWriteArrayList<>();
        binary.onDelta(d -> deltas.add(d.tick()));
        json.onDelta(d -> deltas.add(d.tick()));
        idle(binary, json);
        await("each sees the other's ship", () -> binary.state().containsKey(json.entityId())
                && json.state().containsKey(binary.entityId()));
        await("common ticks", () -> seenByA.keySet().stream().filter(seenByB::containsKey).count() > 10);
        for (Long tick : seenByA.keySet()) {
            if (seenByB.containsKey(tick)) {
                assertEquals("tick " + tick, seenByA.get(tick).pos(), seenByB.get(tick).pos());
                assertEquals(seenByA.get(tick).rot(), seenByB.get(tick).rot());
            }
        }
        assertTrue("acknowledged states turn snapshots into deltas", deltas.size() > 20);
        assertEquals("rock", ((Map<?, ?>) binary.state().get(npc).components().get("Visual")).get("model"));
        assertFalse("5 km away is outside every player's interest", binary.state().containsKey(far)
                || json.state().containsKey(far));
        String rooms = shell("universo:rooms");
        assertTrue(rooms, rooms.contains(world + ":1"));
        binary.close();
        json.close();
    }

    @Test
    public void theServerOwnsMovementAndRefusesWhatBreaksTheRules() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String world = "rules-" + Long.toString(System.nanoTime(), 36);
        RoomClient c = join(a, world, "1", new RoomClient.Options(true, null));
        List<ProtocolError> errors = new CopyOnWriteArrayList<>();
        c.onError(errors::add);
        await("own ship", () -> c.state().containsKey(c.entityId()));
        Vec3 start = c.state().get(c.entityId()).pos();
        long t0 = System.currentTimeMillis();
        double maxSpeed = 0;
        // per server tick, from the states as they arrive: how often this loop looks depends on the scheduler
        double[] maxStepPerTick = {0};
        Object[] last = {c.tick(), start};
        c.onState((tick, tServer) -> {
            EntityState own = c.state().get(c.entityId());
            long ticks = tick - (Long) last[0];
            if (own != null && ticks > 0) {
                maxStepPerTick[0] = Math.max(maxStepPerTick[0], distance((Vec3) last[1], own.pos()) / ticks);
                last[0] = tick;
                last[1] = own.pos();
            }
        });
        while (System.currentTimeMillis() - t0 < 6_500) {
            // Full thrust at 50 intents per second for 30 ticks per second: still one input per tick.
            c.sendIntent(IntentPayload.of(new Move(new Vec3(0, 0, 1), 0, 0, 0)));
            Thread.sleep(20);
            EntityState s = c.state().get(c.entityId());
            maxSpeed = Math.max(maxSpeed, Math.sqrt(s.vel().x() * s.vel().x() + s.vel().y() * s.vel().y()
                    + s.vel().z() * s.vel().z()));
        }
        assertTrue("speed capped: " + maxSpeed, maxSpeed <= 150.01 && maxSpeed > 140);
        double travelled = distance(start, c.state().get(c.entityId()).pos());
        double t = (System.currentTimeMillis() - t0) / 1000.0 + 0.2;
        double allowed = t <= 5 ? 15 * t * t : 375 + 150 * (t - 5);
        assertTrue("no faster than full thrust from rest (15·t², then 150 m/s): " + travelled + " > " + allowed,
                travelled <= allowed);
        assertTrue("no jump between states: " + maxStepPerTick[0] + " m per tick (150 m/s at 30 Hz is 5)",
                maxStepPerTick[0] > 0 && maxStepPerTick[0] <= 5.01);
        assertTrue("no error for a valid intent: " + errors, errors.isEmpty());

        c.sendRaw("{\"type\":\"intent\",\"seq\":90000,\"tClient\":1,\"payload\":{\"move\":{\"thrust\":{\"x\":0,"
                + "\"y\":0,\"z\":5},\"yaw\":0,\"pitch\":0,\"roll\":0}}}");
        await("5 × thrust refused", () -> errors.stream().anyMatch(e -> e.code().equals("malformed")
                && e.message().contains("thrust")));
        Vec3 before = c.state().get(c.entityId()).pos();
        c.sendRaw("{\"type\":\"intent\",\"seq\":100000,\"tClient\":1,\"payload\":{\"move\":{\"thrust\":{\"x\":0,"
                + "\"y\":0,\"z\":0},\"yaw\":0,\"pitch\":0,\"roll\":0}},\"pos\":{\"x\":0,\"y\":0,\"z\":-4000}}");
        await("teleport refused", () -> errors.stream().filter(e -> e.code().equals("malformed")).count() == 2);
        Thread.sleep(200);
        assertTrue(distance(before, c.state().get(c.entityId()).pos()) < 80);
        c.sendRaw("{\"type\":\"intent\",\"seq\":3,\"tClient\":1,\"payload\":{\"fire\":{\"weaponId\":\"laser\"}}}");
        await("replayed seq refused", () -> errors.stream().anyMatch(e -> e.code().equals("replayed_seq")));
        c.close();
    }

    @Test
    public void aLagCompensatedShotHitsAndOneBeyondTheRewindWindowMisses() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String world = "range-" + Long.toString(System.nanoTime(), 36);
        String npc = entity(h, a, world, 300, orbit(0.8));
        RoomClient c = join(a, world, "1", RoomClient.Options.binary());
        List<double[]> samples = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> hits = new CopyOnWriteArrayList<>();
        c.onState((tick, tServer) -> Optional.ofNullable(c.state().get(npc))
                .ifPresent(s -> samples.add(new double[] {tServer, s.pos().x(), s.pos().z()})));
        c.onEvent(e -> {
            if ("combat.hit".equals(e.topic())) {
                hits.add(e.payload());
            }
        });
        idle(c);
        await("own ship", () -> c.state().containsKey(c.entityId()));
        EntityState ship = c.state().get(c.entityId());
        assertEquals("the first ship spawns at (20, 0, 0) facing -Z", 20.0, ship.pos().x(), 1e-9);

        double tc = crossing(samples, 0);
        waitUntil(tc + 120);
        c.send(new IntentPayload(null, new Fire("laser", npc), null, null), (long) tc + 100);
        await("hit", () -> !hits.isEmpty());
        assertEquals(npc, hits.get(0).get("targetId"));
        assertEquals(c.entityId(), hits.get(0).get("attackerId"));
        assertTrue("the target had moved on since: not a hit without rewinding",
                nearestAfter(samples, tc + 110) > 20);

        double tc2 = crossing(samples, (int) samples.stream().filter(s -> s[0] <= tc + 1000).count());
        waitUntil(tc2 + 450);
        c.send(new IntentPayload(null, new Fire("laser", npc), null, null), (long) tc2 + 100);
        Thread.sleep(1000);
        assertEquals("a shot needing a 450 ms rewind is judged at the 250 ms cap: a miss", 1, hits.size());
        String metrics = h.get("/metrics", null).body();
        assertTrue(metrics.contains("universo_room_actions_total{kind=\"fire\",outcome=\"hit\"}"));
        assertTrue(metrics.contains("universo_room_tick_seconds_bucket"));
        c.close();
    }

    @Test
    public void theRoomCoreKnowsNoGameAndFiringSurvivesARefreshOfTheCombatBundle() throws Exception {
        org.osgi.framework.Bundle core = bundle("org.universo.platformo.realtime");
        List<String> gamePackages = List.of("org.universo.platformo.ships", "org.universo.platformo.combat",
                "org.universo.platformo.economy", "org.universo.platformo.mmoomm", "org.universo.platformo.spacegame");
        String imports = core.getHeaders().get("Import-Package");
        for (String game : gamePackages) {
            assertFalse(game + " in " + imports, imports.contains(game));
        }
        for (org.osgi.framework.wiring.BundleWire w : core.adapt(org.osgi.framework.wiring.BundleWiring.class)
                .getRequiredWires(null)) {
            String provider = w.getProvider().getBundle().getSymbolicName();
            assertTrue("wired to " + provider, gamePackages.stream().noneMatch(provider::startsWith));
        }

        Http h = http();
        String a = register(h, uniqueEmail());
        String world = "refresh-" + Long.toString(System.nanoTime(), 36);
        sharedWorld(h, a, world);
        // the first ship spawns at (20, 0, 0) facing -Z: this one is 100 m ahead
        Http.Reply made = h.post("/api/v1/entities", "{\"worldId\":\"" + world + "\",\"components\":{\"Transform\":"
                + String.format(TRANSFORM, 20).replace("\"z\":0},\"rotation", "\"z\":-100},\"rotation")
                + ",\"Health\":{\"current\":100,\"max\":100}}}", a);
        assertEquals(made.body(), 201, made.status());
        String target = made.json().path("id").asText();
        RoomClient c = join(a, world, "1", RoomClient.Options.binary());
        List<Map<String, Object>> hits = new CopyOnWriteArrayList<>();
        c.onEvent(e -> {
            if ("combat.hit".equals(e.topic())) {
                hits.add(e.payload());
            }
        });
        idle(c);
        await("the target in view", () -> c.state().containsKey(target));
        c.sendIntent(new IntentPayload(null, new Fire("laser", target), null, null));
        await("a hit", () -> hits.size() == 1);

        Object rooms = roomsServiceId();
        org.osgi.framework.Bundle combat = bundle("org.universo.platformo.combat");
        java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
        context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class).refreshBundles(List.of(combat),
                e -> refreshed.countDown());
        assertTrue("refreshed", refreshed.await(60, TimeUnit.SECONDS));
        org.osgi.util.tracker.ServiceTracker<?, ?> fire = new org.osgi.util.tracker.ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + org.universo.platformo.realtime.spi.IntentHandler.class
                        .getName() + ")(universo.intent.kind=fire))"), null);
        fire.open();
        try {
            assertTrue("the fire handler is back", fire.waitForService(30_000) != null);
        } finally {
            fire.close();
        }
        assertFalse("the room and its connection stayed up", c.closed().isDone());
        c.sendIntent(new IntentPayload(null, new Fire("laser", target), null, null));
        await("a hit after the refresh", () -> hits.size() == 2);
        assertEquals(target, hits.get(1).get("targetId"));
        assertEquals("the room service was not restarted", rooms, roomsServiceId());
        c.close();
    }

    @Test
    public void withoutTheSpaceGameARoomRunsAWorldWithNoShipsAtAll() throws Exception {
        Http h = http();   // health is DOWN while a platform bundle is stopped: it waits for UP first
        String a = register(h, uniqueEmail());
        org.osgi.framework.Bundle game = bundle("org.universo.platformo.spacegame.rooms");
        game.stop();
        try {
            String world = "gallery-" + Long.toString(System.nanoTime(), 36);
            String sculpture = entity(h, a, world, 300, orbit(0.8));
            RoomClient c = join(a, world, "1", RoomClient.Options.binary());
            idle(c);
            await("the avatar and the sculpture", () -> c.state().containsKey(c.entityId())
                    && c.state().containsKey(sculpture));
            assertEquals(Map.of("model", "avatar"), c.state().get(c.entityId()).components().get("Visual"));
            double x = c.state().get(sculpture).pos().x();
            await("the sculpture turning on its orbit", () -> Math.abs(c.state().get(sculpture).pos().x() - x) > 1);
            c.sendIntent(new IntentPayload(null, new Fire("laser", sculpture), null, null));
            await("the shot counted as unhandled", () -> h.get("/metrics", null).body()
                    .contains("universo_room_actions_total{kind=\"fire\",outcome=\"unhandled\"}"));
            assertFalse(c.closed().isDone());
            c.close();
        } finally {
            game.start();
        }
    }

    private Object roomsServiceId() {
        return context.getServiceReference(org.universo.platformo.realtime.Rooms.class).getProperty("service.id");
    }

    private org.osgi.framework.Bundle bundle(String symbolicName) {
        for (org.osgi.framework.Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    @Test
    public void badInputClosesOnlyItsSenderAndAShipWaitsForItsOwner() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String world = world(h, a, "abuse-" + Long.toString(System.nanoTime(), 36), true);
        RoomClient good = join(a, world, "1", RoomClient.Options.binary());
        RoomClient bad = join(b, world, "1", RoomClient.Options.binary());
        for (int i = 0; i < 5; i++) {
            bad.sendRaw(ByteBuffer.wrap(new byte[] {9, 9, 9}));
        }
        assertEquals(Integer.valueOf(1008), bad.closed().get(5, TimeUnit.SECONDS));
        long tick = good.tick();
        await("the room goes on", () -> good.tick() > tick + 10);
        assertNull(good.closed().getNow(null));

        RoomClient big = join(b, world, "1", RoomClient.Options.binary());
        big.sendRaw(ByteBuffer.wrap(new byte[5000]));
        assertEquals(Integer.valueOf(1009), big.closed().get(5, TimeUnit.SECONDS));

        String ship = good.entityId();
        String token = String.valueOf(good.welcome().get().payload().get("reconnectToken"));
        good.close();
        assertEquals(Integer.valueOf(1000), good.closed().get(5, TimeUnit.SECONDS));
        RoomClient stranger = join(b, world, "1", new RoomClient.Options(false, token));
        assertNotEquals("another user's token gives no ship", ship, stranger.entityId());
        RoomClient back = join(a, world, "1", new RoomClient.Options(false, token));
        assertEquals("the ship waited for its owner", ship, back.entityId());
        assertEquals(Boolean.TRUE, back.welcome().get().payload().get("reconnected"));

        String me = h.get("/api/v1/auth/me", a).json().path("id").asText();
        String kicked = shell("universo:room-kick " + world + ":1 " + me);
        assertTrue(kicked, kicked.contains("kicked"));
        assertEquals(Integer.valueOf(4003), back.closed().get(5, TimeUnit.SECONDS));
        stranger.close();
    }

    @Test
    public void joiningNeedsATokenAndTheWorldsConsent() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        RoomClient anonymous = RoomClient.join(http, base(), "nonsense", "w", "1", RoomClient.Options.binary())
                .get(10, TimeUnit.SECONDS);
        assertEquals(Integer.valueOf(1008), anonymous.closed().get(5, TimeUnit.SECONDS));
        ServiceRegistration<WorldGate> gate = context.registerService(WorldGate.class,
                (user, world) -> world.startsWith("vault") ? Optional.of(false) : Optional.empty(), null);
        try {
            List<ProtocolError> errors = new CopyOnWriteArrayList<>();
            RoomClient refused = RoomClient.join(http, base(), a, "vault-1", "1", RoomClient.Options.binary())
                    .get(10, TimeUnit.SECONDS);
            refused.onError(errors::add);
            assertEquals(Integer.valueOf(1008), refused.closed().get(5, TimeUnit.SECONDS));
            join(a, world(h, a, "open-" + Long.toString(System.nanoTime(), 36), false), "1", RoomClient.Options.binary())
                    .close();
            RoomClient missing = RoomClient.join(http, base(), a, "missing-" + Long.toString(System.nanoTime(), 36), "1",
                    RoomClient.Options.binary()).get(10, TimeUnit.SECONDS);
            assertEquals("a world nobody made admits nobody", Integer.valueOf(1008),
                    missing.closed().get(5, TimeUnit.SECONDS));
        } finally {
            gate.unregister();
        }
    }

    @Test
    public void oneAccountHoldsAFewConnectionsNotSixty() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String world = world(h, a, "cap-" + Long.toString(System.nanoTime(), 36), true);
        List<RoomClient> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(join(a, world, String.valueOf(i % 2 + 1), RoomClient.Options.binary()));
        }
        RoomClient fourth = RoomClient.join(http, base(), a, world, "1", RoomClient.Options.binary()).get(10, TimeUnit.SECONDS);
        assertEquals(Integer.valueOf(1008), fourth.closed().get(5, TimeUnit.SECONDS));
        assertEquals("rate_limited", fourth.closeReason());
        String b = register(h, uniqueEmail());
        join(b, world, "1", RoomClient.Options.binary()).close();
        for (RoomClient c : mine) {
            c.close();
            assertEquals(Integer.valueOf(1000), c.closed().get(5, TimeUnit.SECONDS));
        }
        RoomClient again = join(a, world, "1", RoomClient.Options.binary());
        assertNull("closed connections free their places", again.closed().getNow(null));
        assertEquals(204, h.send("POST", "/api/v1/auth/logout", null, a, null).status());
        assertEquals("signing out ends the session's room connections", Integer.valueOf(4001),
                again.closed().get(5, TimeUnit.SECONDS));
        assertEquals("session_revoked", again.closeReason());
    }

    /** Idle intents at 30 Hz, as a game loop sends them, so that each client acknowledges the states it applied. */
    private static void idle(RoomClient... clients) {
        java.util.concurrent.ScheduledExecutorService loop = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        loop.scheduleAtFixedRate(() -> {
            boolean open = false;
            for (RoomClient c : clients) {
                if (!c.closed().isDone()) {
                    open = true;
                    c.sendIntent(IntentPayload.of(new Move(new Vec3(0, 0, 0), 0, 0, 0)));
                }
            }
            if (!open) {
                loop.shutdown();
            }
        }, 0, 33, TimeUnit.MILLISECONDS);
    }

    /** The server time when the NPC crossed x = 20 in front of the ship (z < 0), after sample {@code from}. */
    private static double crossing(List<double[]> samples, int from) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            for (int i = Math.max(1, from); i < samples.size(); i++) {
                double[] p = samples.get(i - 1);
                double q[] = samples.get(i);
                if ((p[1] - 20) * (q[1] - 20) <= 0 && p[2] < 0 && q[0] > p[0]) {
                    return p[0] + (20 - p[1]) / (q[1] - p[1]) * (q[0] - p[0]);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the NPC never crossed the line of fire");
    }

    /** How far the NPC was from the line of fire at the first sample after {@code t}. */
    private static double nearestAfter(List<double[]> samples, double t) {
        return samples.stream().filter(s -> s[0] >= t).findFirst().map(s -> Math.abs(s[1] - 20)).orElse(0.0);
    }

    private static void waitUntil(double ms) throws InterruptedException {
        long wait = (long) ms - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static double distance(Vec3 a, Vec3 b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        double dz = a.z() - b.z();
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
