package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.ecs.Quat;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Full state of one entity in a snapshot or delta. {@code components} is keyed by component name
 * (e.g. {@code "visual"}, {@code "health"}) with the component's JSON as value.
 */
@JsonSchemaRef("protocol/EntityState.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityState(EntityId id, Vec3 pos, Quat rot, Vec3 vel, Integer flags, Map<String, Object> components) {

    public EntityState {
        Checks.present(id, "EntityState.id");
        Checks.present(pos, "EntityState.pos");
        Checks.present(rot, "EntityState.rot");
        if (flags != null && flags < 0) {
            throw new IllegalArgumentException("EntityState.flags must be >= 0: " + flags);
        }
        components = Checks.mapCopy(components);
    }

    public static EntityState of(EntityId id, Vec3 pos, Quat rot) {
        return new EntityState(id, pos, rot, null, null, null);
    }
}
