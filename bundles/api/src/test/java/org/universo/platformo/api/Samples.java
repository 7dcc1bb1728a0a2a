package org.universo.platformo.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.ecs.Health;
import org.universo.platformo.api.ecs.Quat;
import org.universo.platformo.api.ecs.Transform;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.ecs.Visual;
import org.universo.platformo.api.ecs.WorldId;
import org.universo.platformo.api.error.ApiError;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.api.protocol.Ack;
import org.universo.platformo.api.protocol.CombatDestroyedPayload;
import org.universo.platformo.api.protocol.CombatHitPayload;
import org.universo.platformo.api.protocol.Delta;
import org.universo.platformo.api.protocol.EconomyTransferPayload;
import org.universo.platformo.api.protocol.EntityState;
import org.universo.platformo.api.protocol.EntityUpdate;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Interact;
import org.universo.platformo.api.protocol.JoinPayload;
import org.universo.platformo.api.protocol.LeavePayload;
import org.universo.platformo.api.protocol.TransferPayload;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.Pong;
import org.universo.platformo.api.protocol.ProtocolError;
import org.universo.platformo.api.protocol.Snapshot;
import org.universo.platformo.api.protocol.Topics;
import org.universo.platformo.api.protocol.UseModule;

/**
 * Realistic instances of every contract record: one with every optional value set and, where a record has
 * optional values, one with none, so both shapes are checked against the schema. Map values use the types
 * Jackson reads back (Integer, Double, String, Boolean, List, Map) so equality survives a round trip.
 */
final class Samples {

    static final long T = 1_767_225_600_000L;

    static final EntityId SHIP = new EntityId("ship-7f3a");
    static final EntityId PIRATE = new EntityId("npc-pirate-12");
    static final Vec3 POS = new Vec3(1250.5, -40.25, 9800.0);
    static final Quat ROT = new Quat(0.0, 0.7071067811865476, 0.0, 0.7071067811865476);

    private Samples() {
    }

    static List<Object> all() {
        JoinPayload join = new JoinPayload("user-42", SHIP);
        CombatHitPayload hit = new CombatHitPayload(PIRATE, SHIP, "laser-mk2", "thermal", 37.5, "shield");
        return List.of(
                SHIP,
                new WorldId("sector-alpha:instance-3"),
                POS,
                Vec3.ZERO,
                ROT,
                Quat.IDENTITY,
                new Transform(POS, ROT, new Vec3(2, 2, 2)),
                new Visual("models/ships/corvette.glb", "#ff8800", "damaged"),
                Visual.of("models/asteroids/rock-03.glb"),
                new org.universo.platformo.api.health.HealthResult(org.universo.platformo.api.health.HealthStatus.UP, "postgresql"),
                org.universo.platformo.api.health.HealthResult.down("not reachable"),
                new org.universo.platformo.api.health.HealthReport(org.universo.platformo.api.health.HealthStatus.DOWN, "0.1.0",
                        42, Map.of("database", org.universo.platformo.api.health.HealthResult.down("not reachable"))),
                new Health(75.5, 100),
                new Health(0, 1),
                intent(),
                new Intent(1, T, IntentPayload.of(new Move(Vec3.ZERO, 0, 0, 0))),
                intent().payload(),
                new IntentPayload(null, new Fire("laser-mk2", null), null, null),
                new Move(new Vec3(1, -1, 0.5), -1, 0.25, 1),
                new Fire("railgun-1", PIRATE.value()),
                new UseModule("afterburner", Map.of("power", 0.8, "boost", true)),
                new UseModule("shield-booster", null),
                new Interact("dock", "station-9"),
                new Interact("emote", null),
                new Ack(41, T + 16, "9f86d081884c7d65"),
                new Ack(42, T + 33, null),
                new Snapshot(1200, T, List.of(fullState(), EntityState.of(PIRATE, Vec3.ZERO, Quat.IDENTITY))),
                new Snapshot(0, T, List.of()),
                fullState(),
                EntityState.of(PIRATE, POS, ROT),
                new Delta(1205, 1200, T + 83, List.of(EntityState.of(new EntityId("loot-1"), POS, Quat.IDENTITY)),
                        List.of(update()), List.of(PIRATE)),
                new Delta(1206, 1205, T + 100, null, List.of(), null),
                update(),
                new Event(Topics.SYSTEM_JOIN, T, asMap(join)),
                new Event(Topics.COMBAT_HIT, T + 5, asMap(hit)),
                new Event("trading.order_filled", T + 9, Map.of("orderId", "ord-77", "qty", 3)),
                join,
                new LeavePayload("user-42", SHIP, "disconnect"),
                new TransferPayload("world-2", SHIP, "q4Yx0Wb5sN3v8kT2mR7pL1cH6dF9gJ0aZ_eU-iO"),
                hit,
                new CombatDestroyedPayload(PIRATE, SHIP),
                new EconomyTransferPayload("tx-000193", "acct:user-42", "acct:station-9", "CR", 125_000L),
                new Ping(T),
                new Pong(T, T + 12),
                new ProtocolError("rate_limited", "Too many intents per second"),
                new ApiError("validation_failed", "Validation failed",
                        Map.of("fields", Map.of("name", "must not be blank")), "4bf92f3577b34da6a3ce929d0e0e4736"),
                ApiError.of(ErrorCode.NOT_FOUND, "World sector-9 not found", null, "00f067aa0ba902b7"));
    }

    static Intent intent() {
        return new Intent(41, T - 20, new IntentPayload(
                new Move(new Vec3(0, 0, 1), 0.1, -0.2, 0),
                new Fire("laser-mk2", PIRATE.value()),
                new UseModule("afterburner", Map.of("power", 0.5)),
                new Interact("scan", PIRATE.value())));
    }

    static EntityState fullState() {
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("visual", Map.of("model", "models/ships/corvette.glb", "color", "#00aaff"));
        components.put("health", Map.of("current", 80.0, "max", 120.0));
        return new EntityState(SHIP, POS, ROT, new Vec3(0, 0, 35.5), 5, components);
    }

    static EntityUpdate update() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pos", Map.of("x", 1251.0, "y", -40.25, "z", 9835.5));
        fields.put("flags", 1);
        fields.put("vel", null);
        return new EntityUpdate(SHIP, fields);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object payload) {
        return SchemaSupport.MAPPER.convertValue(payload, Map.class);
    }
}
