package org.universo.platformo.api.protocol;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Payload of {@link Topics#SYSTEM_LEAVE}: a user left the room, e.g. {@code reason = "disconnect"}. */
@JsonSchemaRef("protocol/LeavePayload.schema.json")
public record LeavePayload(String userId, EntityId entityId, String reason) {

    public LeavePayload {
        Checks.nonBlank(userId, "LeavePayload.userId");
        Checks.present(entityId, "LeavePayload.entityId");
        Checks.nonBlank(reason, "LeavePayload.reason");
    }
}
