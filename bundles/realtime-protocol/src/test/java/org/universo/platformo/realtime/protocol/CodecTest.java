package org.universo.platformo.realtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Ack;
import org.universo.platformo.api.protocol.Delta;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.Snapshot;

class CodecTest {
    private final JsonCodec json = new JsonCodec();
    private final Random random = new Random(42);

    @Test
    void aClientRebuildsEveryViewFromASnapshotAndDeltasAndSeesWhatJsonWouldSay() {
        ServerFrames client = new ServerFrames(json);
        View first = view(1, world(300, 0));
        Out out = new Out(1024);
        Binary.snapshot(out, 1, 1000, first);
        Snapshot s = (Snapshot) client.read(out.toBuffer()).get(0);
        assertEquals(json.snapshot(1, 1000, first), s);
        assertEquals(first, client.view(1));

        View base = first;
        for (long tick = 2; tick < 40; tick++) {
            View now = view(tick, move(base, tick));
            Changes c = Changes.between(base, now, 7);
            out.reset();
            Binary.ack(out, tick * 3, 1000 + tick);
            Binary.delta(out, tick, base.tick(), 1000 + tick, c);
            List<Message> got = client.read(out.toBuffer());
            assertEquals(new Ack(tick * 3, 1000 + tick, null), got.get(0));
            assertSameButOthersVelocity(now, client.view(tick), 7);
            Delta d = (Delta) got.get(1);
            assertEquals(json.delta(tick, base.tick(), 1000 + tick, c), d);
            String text = json.encode(d);
            assertEquals(tree(text), tree(json.encode(json.decode(text))), "the JSON form carries the same message");
            base = tick % 3 == 0 ? now : base;
        }
    }

    @Test
    void aDeltaOfManyMovingEntitiesStaysSmall() {
        View base = view(1, world(300, 0));
        NetEntity[] moved = base.entities().clone();
        for (int i = 0; i < moved.length; i++) {
            NetEntity e = moved[i];
            moved[i] = new NetEntity(e.handle(), e.id(), e.px() + 90, e.py() - 3, e.pz() + 60, e.yaw() + 150, e.pitch(),
                    e.roll(), e.vx() + 2, e.vy(), e.vz(), e.flags(), e.components());
        }
        Out out = new Out(1024);
        Binary.delta(out, 2, 1, 5000, Changes.between(base, view(2, moved), 0));
        assertTrue(out.size() < 300 * 7, "bytes: " + out.size());
    }

    @Test
    void intentsAndPingsTravelInBinaryWithInputsInStepsOf127() {
        ClientFrames frames = new ClientFrames(json);
        Out out = new Out(64);
        Intent sent = new Intent(12, 1_700_000_000_123L, new IntentPayload(new Move(new Vec3(0.5, -1, 1), 0.25, 0, -0.3),
                new Fire("laser", "e-9"), null, null), 41L);
        frames.intent(out, sent);
        Binary.ping(out, 99);
        List<Message> got = frames.read(out.toBuffer());
        Intent back = (Intent) got.get(0);
        assertEquals(12, back.seq());
        assertEquals(41L, back.ackTick());
        assertEquals(ClientFrames.step(0.5), back.payload().move().thrust().x(), 1e-12);
        assertEquals(ClientFrames.step(-0.3), back.payload().move().roll(), 1e-12);
        assertEquals(new Fire("laser", "e-9"), back.payload().fire());
        assertEquals(new Ping(99), got.get(1));
        assertEquals(sent, json.decode(json.encode(sent)));
    }

    @Test
    void brokenFramesAreRefusedNotGuessed() {
        ClientFrames frames = new ClientFrames(json);
        assertThrows(MalformedFrameException.class, () -> frames.read(ByteBuffer.wrap(new byte[0])));
        assertThrows(MalformedFrameException.class, () -> frames.read(ByteBuffer.wrap(new byte[] {1, 5})));
        assertThrows(MalformedFrameException.class, () -> frames.read(ByteBuffer.wrap(new byte[] {4, 1, 1})));
        assertThrows(MalformedFrameException.class, () -> frames.read(ByteBuffer.wrap(new byte[] {1, 1, 1, 0, 0})));
        assertThrows(MalformedFrameException.class, () -> json.decode("{\"type\":\"intent\",\"seq\":1}"));
        assertThrows(MalformedFrameException.class, () -> json.decode("{\"type\":\"intent\",\"seq\":1,\"tClient\":5,"
                + "\"payload\":{\"move\":{\"thrust\":{\"x\":0,\"y\":0,\"z\":0},\"yaw\":0,\"pitch\":0,\"roll\":0}},"
                + "\"pos\":{\"x\":1}}"));
        assertThrows(MalformedFrameException.class, () -> json.decode("not json"));
        String intent = "{\"type\":\"intent\",\"seq\":1,\"tClient\":5,\"payload\":";
        for (String payload : List.of("{\"move\":{\"thrust\":{\"x\":1e309,\"y\":0,\"z\":0},\"yaw\":0,\"pitch\":0,\"roll\":0}}",
                "{\"move\":{\"thrust\":{\"x\":0,\"y\":0,\"z\":0},\"yaw\":1e308,\"pitch\":0,\"roll\":0}}",
                "{\"use_module\":{\"moduleId\":\"m\",\"params\":{\"power\":[1, -1e400]}}}")) {
            assertThrows(MalformedFrameException.class, () -> json.decode(intent + payload + "}"), payload);
        }
        assertEquals("m", ((Intent) json.decode(intent + "{\"use_module\":{\"moduleId\":\"m\",\"params\":"
                + "{\"power\":1e300}}}}")).payload().useModule().moduleId());
        ServerFrames client = new ServerFrames(json);
        Out out = new Out(64);
        Binary.delta(out, 5, 4, 1, new Changes(List.of(), List.of(), List.of()));
        assertThrows(MalformedFrameException.class, () -> client.read(out.toBuffer()), "unknown base");
        out.reset();
        Binary.json(out, Binary.EVENT, json.encode(new Event("system.welcome", 5, java.util.Map.of("a", 1))));
        assertEquals("system.welcome", ((Event) client.read(out.toBuffer()).get(0)).topic());
    }

    @Test
    void bitsRoundTripAcrossEveryWidth() {
        Out out = new Out(16);
        Bits.Writer w = new Bits.Writer(out);
        long[] values = {0, 1, 15, 16, 255, 256, 4095, 4096, 65535, 65536, 4_000_000_000L};
        for (long v : values) {
            w.unsigned(v);
        }
        int[] signed = {0, -1, 1, -8, 7, -2000, 2000, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : signed) {
            w.signed(v);
        }
        w.flush();
        Bits.Reader r = new Bits.Reader(new In(out.toBuffer()));
        for (long v : values) {
            assertEquals(v, r.unsigned());
        }
        for (int v : signed) {
            assertEquals(v, r.signed());
        }
        assertEquals(0, Quant.angle(2 * Math.PI));
        assertEquals(-2, Quant.angleDelta(1, 65535));
        assertEquals(1.0, Quant.quat(Math.PI / 2, 0, 0).y() * Math.sqrt(2), 1e-12);
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Others' velocities travel with full states only, so a rebuilt view keeps the one last sent in full. */
    private static void assertSameButOthersVelocity(View expected, View actual, int own) {
        assertEquals(expected.entities().length, actual.entities().length, "tick " + expected.tick());
        for (int i = 0; i < expected.entities().length; i++) {
            NetEntity e = expected.entities()[i];
            NetEntity a = actual.entities()[i];
            if (e.handle() != own) {
                e = new NetEntity(e.handle(), e.id(), e.px(), e.py(), e.pz(), e.yaw(), e.pitch(), e.roll(), a.vx(),
                        a.vy(), a.vz(), e.flags(), e.components());
            }
            assertEquals(e, a, "tick " + expected.tick());
        }
    }

    private NetEntity[] world(int n, long tick) {
        NetEntity[] all = new NetEntity[n];
        for (int i = 0; i < n; i++) {
            all[i] = new NetEntity(i * 2 + (i % 5 == 0 ? 1 : 0), "e-" + i, random.nextInt(160_000) - 80_000,
                    random.nextInt(1000), random.nextInt(160_000) - 80_000, random.nextInt(65536), 0, 0,
                    random.nextInt(400) - 200, 0, random.nextInt(400) - 200, i % 7 == 0 ? 3 : 0,
                    i % 50 == 0 ? "{\"Health\":{\"current\":10,\"max\":10}}" : null);
        }
        return all;
    }

    private NetEntity[] move(View base, long tick) {
        List<NetEntity> out = new ArrayList<>();
        for (NetEntity e : base.entities()) {
            int r = random.nextInt(100);
            if (r < 3) {
                continue;
            }
            if (r < 70) {
                e = new NetEntity(e.handle(), e.id(), e.px() + random.nextInt(300) - 150, e.py() + random.nextInt(9) - 4,
                        e.pz() + random.nextInt(300) - 150, Math.floorMod(e.yaw() + random.nextInt(3000) - 1500, 65536),
                        e.pitch(), random.nextInt(10) == 0 ? random.nextInt(65536) : e.roll(),
                        e.vx() + random.nextInt(5) - 2, e.vy(), e.vz(), r < 8 ? e.flags() ^ 1 : e.flags(),
                        r < 5 ? "{\"Health\":{\"current\":" + tick + ",\"max\":100}}" : e.components());
            }
            out.add(e);
        }
        out.add(new NetEntity(10_000 + (int) tick, "new-" + tick, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, null));
        return out.toArray(NetEntity[]::new);
    }

    private static View view(long tick, NetEntity[] entities) {
        NetEntity[] sorted = entities.clone();
        Arrays.sort(sorted, java.util.Comparator.comparingInt(NetEntity::handle));
        return new View(tick, sorted);
    }
}
