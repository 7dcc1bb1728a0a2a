package org.universo.platformo.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.ecs.Health;
import org.universo.platformo.api.ecs.Quat;
import org.universo.platformo.api.ecs.Transform;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.ecs.Visual;
import org.universo.platformo.api.ecs.WorldId;
import org.universo.platformo.api.error.ApiError;
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
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.Pong;
import org.universo.platformo.api.protocol.ProtocolError;
import org.universo.platformo.api.protocol.Snapshot;
import org.universo.platformo.api.protocol.UseModule;
import org.universo.platformo.api.schema.Schemas;

/** The known contract types and their schemas, written out by hand so that a rename shows up in review. */
final class Contract {

    static final Map<Class<?>, String> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put(EntityId.class, "ecs/EntityId.schema.json");
        RECORDS.put(WorldId.class, "ecs/WorldId.schema.json");
        RECORDS.put(Vec3.class, "ecs/Vec3.schema.json");
        RECORDS.put(Quat.class, "ecs/Quat.schema.json");
        RECORDS.put(Transform.class, "ecs/Transform.schema.json");
        RECORDS.put(Visual.class, "ecs/Visual.schema.json");
        RECORDS.put(Health.class, "ecs/Health.schema.json");
        RECORDS.put(Intent.class, "protocol/Intent.schema.json");
        RECORDS.put(IntentPayload.class, "protocol/IntentPayload.schema.json");
        RECORDS.put(Move.class, "protocol/Move.schema.json");
        RECORDS.put(Fire.class, "protocol/Fire.schema.json");
        RECORDS.put(UseModule.class, "protocol/UseModule.schema.json");
        RECORDS.put(Interact.class, "protocol/Interact.schema.json");
        RECORDS.put(Ack.class, "protocol/Ack.schema.json");
        RECORDS.put(Snapshot.class, "protocol/Snapshot.schema.json");
        RECORDS.put(EntityState.class, "protocol/EntityState.schema.json");
        RECORDS.put(Delta.class, "protocol/Delta.schema.json");
        RECORDS.put(EntityUpdate.class, "protocol/EntityUpdate.schema.json");
        RECORDS.put(Event.class, "protocol/Event.schema.json");
        RECORDS.put(JoinPayload.class, "protocol/JoinPayload.schema.json");
        RECORDS.put(LeavePayload.class, "protocol/LeavePayload.schema.json");
        RECORDS.put(TransferPayload.class, "protocol/TransferPayload.schema.json");
        RECORDS.put(CombatHitPayload.class, "protocol/CombatHitPayload.schema.json");
        RECORDS.put(CombatDestroyedPayload.class, "protocol/CombatDestroyedPayload.schema.json");
        RECORDS.put(EconomyTransferPayload.class, "protocol/EconomyTransferPayload.schema.json");
        RECORDS.put(Ping.class, "protocol/Ping.schema.json");
        RECORDS.put(Pong.class, "protocol/Pong.schema.json");
        RECORDS.put(ProtocolError.class, "protocol/ProtocolError.schema.json");
        RECORDS.put(ApiError.class, "error/ApiError.schema.json");
        RECORDS.put(org.universo.platformo.api.health.HealthResult.class, "health/HealthResult.schema.json");
        RECORDS.put(org.universo.platformo.api.health.HealthReport.class, "health/HealthReport.schema.json");
    }

    /** Schemas that belong to a type which is not a record. */
    static final Map<String, Class<?>> NON_RECORD_SCHEMAS = Map.of(Schemas.MESSAGE, Message.class);

    /**
     * Packages of this bundle whose records are not wire DTOs of this contract and so carry no schema. Every
     * other package is scanned, so a new record anywhere else fails the coverage test until it has a schema.
     */
    static final Set<String> WITHOUT_SCHEMAS = Set.of();

    private Contract() {
    }
}
