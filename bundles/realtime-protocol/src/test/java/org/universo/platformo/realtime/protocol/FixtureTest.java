package org.universo.platformo.realtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Move;

/**
 * Frames every client implementation must read and write byte for byte: server frames (a snapshot, deltas, an event)
 * with the messages they mean, and intents with their bytes. The file is committed; the TypeScript SDK's tests read
 * it. This test fails when the Java encoding no longer produces it (rewrite it with -Duniverso.fixtures.write=true).
 */
class FixtureTest {
    private static final Path FILE = Path.of("src/test/resources/fixtures/frames.json");
    private final JsonCodec json = new JsonCodec();

    @Test
    void theCommittedFixturesAreWhatTheEncodersWrite() throws Exception {
        String now = json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(fixtures()) + "\n";
        if (Boolean.getBoolean("universo.fixtures.write")) {
            Files.writeString(FILE, now, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(FILE, StandardCharsets.UTF_8), now);
    }

    private ObjectNode fixtures() {
        ObjectNode root = json.mapper().createObjectNode();
        ArrayNode server = root.putArray("serverFrames");
        ServerFrames reader = new ServerFrames(json);
        NetEntity ship = new NetEntity(0, "ship-1", 320, -16, -4800, 1200, 0, 65000, 16, 0, -2400, 0, null);
        NetEntity rock = new NetEntity(3, "rock-7", -80000, 400, 79999, 0, 32768, 0, 0, 0, 0, 5,
                "{\"Visual\":{\"model\":\"rock\"},\"Health\":{\"current\":40.0,\"max\":50.0}}");
        NetEntity drone = new NetEntity(4, "drone-é", 1, 2, 3, 65535, 1, 2, -1, -2, -3, 0, null);
        View v1 = new View(10, new NetEntity[] {ship, rock});
        View v2 = new View(12, new NetEntity[] {
            new NetEntity(0, "ship-1", 336, -16, -4900, 1100, 0, 20, 32, 0, -2500, 0, null),
            new NetEntity(3, "rock-7", -80000, 400, 79999, 0, 32768, 0, 0, 0, 0, 1, "{\"Visual\":{\"model\":\"rubble\"}}"),
            drone});
        View v3 = new View(13, new NetEntity[] {v2.entities()[0], drone});
        Out out = new Out(256);
        Binary.snapshot(out, 10, 1_795_000_000_000L, v1);
        frame(server, reader, out);
        Binary.ack(out, 41, 1_795_000_000_066L);
        Binary.delta(out, 12, 10, 1_795_000_000_066L, Changes.between(v1, v2, 0));
        Map<String, Object> hit = new java.util.LinkedHashMap<>();
        hit.put("attackerId", "ship-1");
        hit.put("targetId", "rock-7");
        hit.put("weaponId", "laser");
        hit.put("damageType", "thermal");
        hit.put("damage", 10.0);
        hit.put("layer", "hull");
        Binary.json(out, Binary.EVENT, json.encode(new Event("combat.hit", 1_795_000_000_066L, hit)));
        frame(server, reader, out);
        Binary.delta(out, 13, 12, 1_795_000_000_100L, Changes.between(v2, v3, 0));
        Binary.pong(out, 5, 7);
        frame(server, reader, out);
        ArrayNode intents = root.putArray("intents");
        ClientFrames frames = new ClientFrames(json);
        for (Intent in : List.of(new Intent(0, 1_795_000_000_000L, IntentPayload.of(new Move(new Vec3(0, 0, 1), -0.5,
                0.25, 0))), new Intent(300, 1_795_000_000_033L, new IntentPayload(new Move(new Vec3(-1, 0.3, 0.7), 1, 0,
                -1), new Fire("laser", "rock-7"), null, null), 12L))) {
            out.reset();
            frames.intent(out, in);
            ObjectNode o = intents.addObject();
            o.set("intent", json.mapper().valueToTree(in));
            o.put("base64", Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(out.raw(), out.size())));
        }
        return root;
    }

    private void frame(ArrayNode server, ServerFrames reader, Out out) {
        byte[] bytes = java.util.Arrays.copyOf(out.raw(), out.size());
        List<Message> messages = new ArrayList<>(reader.read(java.nio.ByteBuffer.wrap(bytes)));
        ObjectNode f = server.addObject();
        f.put("base64", Base64.getEncoder().encodeToString(bytes));
        ArrayNode m = f.putArray("messages");
        for (Message msg : messages) {
            try {
                m.add(json.mapper().readTree(json.encode(msg)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        out.reset();
    }
}
