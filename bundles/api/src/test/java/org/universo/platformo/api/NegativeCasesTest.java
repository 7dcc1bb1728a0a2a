package org.universo.platformo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.ecs.Health;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.ecs.Visual;
import org.universo.platformo.api.ecs.WorldId;
import org.universo.platformo.api.protocol.CombatHitPayload;
import org.universo.platformo.api.protocol.Delta;
import org.universo.platformo.api.protocol.EconomyTransferPayload;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.Snapshot;
import org.universo.platformo.api.protocol.Topics;
import org.universo.platformo.api.protocol.UseModule;
import org.universo.platformo.api.schema.Schemas;

class NegativeCasesTest {

    private static ObjectNode tree(Object value) {
        return SchemaSupport.MAPPER.valueToTree(value);
    }

    private static void assertInvalid(String path, ObjectNode json) {
        assertFalse(SchemaSupport.validate(path, json).isEmpty(), path + " accepted " + json);
    }

    @Test
    void thrustOutsideUnitRangeFailsSchemaAndRecord() {
        ObjectNode move = tree(new Move(new Vec3(1, 0, 0), 0, 0, 0));
        ((ObjectNode) move.get("thrust")).put("x", 2.0);
        assertInvalid("protocol/Move.schema.json", move);

        ObjectNode intent = tree(new Intent(1, Samples.T, IntentPayload.of(new Move(Vec3.ZERO, 0, 0, 0))));
        ((ObjectNode) intent.get("payload")).set("move", move);
        assertInvalid(Schemas.MESSAGE, intent);

        assertThrows(IllegalArgumentException.class, () -> new Move(new Vec3(2, 0, 0), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Move(Vec3.ZERO, 0, -1.5, 0));
        ObjectNode yaw = tree(new Move(Vec3.ZERO, 0, 0, 0)).put("yaw", 1.01);
        assertInvalid("protocol/Move.schema.json", yaw);
    }

    @Test
    void snapshotWithoutTickFails() {
        ObjectNode snapshot = tree(new Snapshot(10, Samples.T, List.of(Samples.fullState())));
        snapshot.remove("tick");
        assertInvalid("protocol/Snapshot.schema.json", snapshot);
        assertInvalid(Schemas.MESSAGE, snapshot);
        // A plain mapper would read a missing primitive as 0; this feature is how readers can refuse it.
        var strict = SchemaSupport.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        assertThrows(JsonMappingException.class, () -> strict.treeToValue(snapshot, Message.class));
    }

    @Test
    void snapshotIsAlwaysFull() {
        ObjectNode snapshot = tree(new Snapshot(10, Samples.T, List.of())).put("full", false);
        assertInvalid("protocol/Snapshot.schema.json", snapshot);
        assertThrows(JsonMappingException.class, () -> SchemaSupport.MAPPER.treeToValue(snapshot, Snapshot.class));
    }

    @Test
    void intentWithUnknownPropertyFails() {
        ObjectNode intent = tree(Samples.intent()).put("cheat", true);
        assertInvalid("protocol/Intent.schema.json", intent);
        assertInvalid(Schemas.MESSAGE, intent);
        assertThrows(UnrecognizedPropertyException.class,
                () -> SchemaSupport.MAPPER.treeToValue(intent, Message.class));
    }

    @Test
    void emptyIntentPayloadFails() {
        ObjectNode intent = tree(Samples.intent());
        intent.set("payload", SchemaSupport.MAPPER.createObjectNode());
        assertInvalid("protocol/Intent.schema.json", intent);
        assertThrows(IllegalArgumentException.class, () -> new IntentPayload(null, null, null, null));
    }

    @Test
    void unknownMessageTypeFails() {
        ObjectNode ping = SchemaSupport.MAPPER.createObjectNode().put("type", "teleport").put("t0", 1);
        assertInvalid(Schemas.MESSAGE, ping);
        assertThrows(JsonMappingException.class, () -> SchemaSupport.MAPPER.treeToValue(ping, Message.class));
    }

    @Test
    void healthInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new Health(5, 1));
        assertThrows(IllegalArgumentException.class, () -> new Health(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Health(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Health(Double.NaN, 10));
        assertInvalid("ecs/Health.schema.json", tree(new Health(1, 1)).put("current", -0.5));
        assertInvalid("ecs/Health.schema.json", tree(new Health(1, 1)).put("max", 0));
    }

    @Test
    void identifiersRejectBlankAndMalformedValues() {
        assertThrows(IllegalArgumentException.class, () -> new EntityId(""));
        assertThrows(IllegalArgumentException.class, () -> new EntityId("   "));
        assertThrows(IllegalArgumentException.class, () -> new EntityId(null));
        assertThrows(IllegalArgumentException.class, () -> new EntityId("x".repeat(129)));
        assertThrows(IllegalArgumentException.class, () -> new WorldId("sector alpha"));
        assertThrows(IllegalArgumentException.class, () -> new WorldId("w".repeat(129)));
        assertEquals("a-1:b_2.c", new WorldId("a-1:b_2.c").value());
        assertFalse(SchemaSupport.validate("ecs/EntityId.schema.json",
                SchemaSupport.MAPPER.getNodeFactory().textNode("  ")).isEmpty());
        assertThrows(JsonMappingException.class, () -> SchemaSupport.MAPPER.readValue("\"\"", EntityId.class));
    }

    @Test
    void deltaMustMoveForward() {
        assertThrows(IllegalArgumentException.class, () -> new Delta(5, 5, Samples.T, null, List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new Delta(6, 5, Samples.T, null, null, null));
    }

    @Test
    void typedEventPayloadsAreCheckedBySchema() {
        ObjectNode hit = tree(new Event(Topics.COMBAT_HIT, Samples.T, Samples.asMap(
                new CombatHitPayload(Samples.PIRATE, Samples.SHIP, "laser-mk2", "em", 10, "armor"))));
        ((ObjectNode) hit.get("payload")).put("damageType", "plasma");
        assertInvalid("protocol/Event.schema.json", hit);
        ((ObjectNode) hit.get("payload")).put("damageType", "kinetic").remove("damage");
        assertInvalid(Schemas.MESSAGE, hit);
        assertThrows(IllegalArgumentException.class,
                () -> new CombatHitPayload(Samples.PIRATE, Samples.SHIP, "w", "plasma", 1, "hull"));
    }

    @Test
    void moneyIsAPositiveSafeInteger() {
        ObjectNode transfer = tree(new EconomyTransferPayload("tx-1", "a", "b", "CR", 1));
        assertInvalid("protocol/EconomyTransferPayload.schema.json", transfer.deepCopy().put("amountMinor", 12.5));
        assertInvalid("protocol/EconomyTransferPayload.schema.json", transfer.deepCopy().put("amountMinor", 0));
        assertInvalid("protocol/EconomyTransferPayload.schema.json",
                transfer.deepCopy().put("amountMinor", EconomyTransferPayload.MAX_AMOUNT_MINOR + 1));
        assertThrows(IllegalArgumentException.class, () -> new EconomyTransferPayload("tx", "a", "b", "CR", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EconomyTransferPayload("tx", "a", "b", "CR", EconomyTransferPayload.MAX_AMOUNT_MINOR + 1));
    }

    @Test
    void visualColorMustBeHex() {
        assertThrows(IllegalArgumentException.class, () -> new Visual("m", "red", null));
        assertInvalid("ecs/Visual.schema.json", tree(Visual.of("m")).put("color", "#12345"));
    }

    @Test
    void recordsCopyTheirCollections() {
        var params = new HashMap<String, Object>(Map.of("power", 1));
        var module = new UseModule("m", params);
        params.put("power", 2);
        assertEquals(1, module.params().get("power"));
        assertThrows(UnsupportedOperationException.class, () -> module.params().put("x", 1));
        assertTrue(Topics.isTrading("trading.order_filled"));
        assertFalse(Topics.isTrading("trading."));
        assertTrue(Topics.payloadType("trading.order_filled").isEmpty());
    }
}
