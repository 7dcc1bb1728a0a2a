package org.universo.platformo.api.protocol;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Payload of {@link Topics#COMBAT_DESTROYED}: {@code entityId} was destroyed, credited to {@code killerId}. */
@JsonSchemaRef("protocol/CombatDestroyedPayload.schema.json")
public record CombatDestroyedPayload(EntityId entityId, EntityId killerId) {

    public CombatDestroyedPayload {
        Checks.present(entityId, "CombatDestroyedPayload.entityId");
        Checks.present(killerId, "CombatDestroyedPayload.killerId");
    }
}
