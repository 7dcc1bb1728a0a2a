package org.universo.platformo.api.protocol;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Payload of {@link Topics#SYSTEM_TRANSFER}: the player's ship entity moved to {@code worldId}; join it there, with
 * {@code transferToken} (the seat the move reserved, single use) when the room gave one.
 */
@JsonSchemaRef("protocol/TransferPayload.schema.json")
public record TransferPayload(String worldId, EntityId entityId, String transferToken) {

    public TransferPayload(String worldId, EntityId entityId) {
        this(worldId, entityId, null);
    }

    public TransferPayload {
        Checks.nonBlank(worldId, "TransferPayload.worldId");
        Checks.present(entityId, "TransferPayload.entityId");
    }
}
