package org.universo.platformo.api.protocol;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Payload of {@link Topics#SYSTEM_JOIN}: a user entered the room, embodied by {@code entityId}. */
@JsonSchemaRef("protocol/JoinPayload.schema.json")
public record JoinPayload(String userId, EntityId entityId) {

    public JoinPayload {
        Checks.nonBlank(userId, "JoinPayload.userId");
        Checks.present(entityId, "JoinPayload.entityId");
    }
}
