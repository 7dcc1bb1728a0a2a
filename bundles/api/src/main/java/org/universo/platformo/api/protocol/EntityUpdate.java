package org.universo.platformo.api.protocol;

import java.util.Map;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Changed fields of one entity in a delta, keyed by {@link EntityState} property name ({@code pos},
 * {@code rot}, {@code vel}, {@code flags}, {@code components}); a null value means the field was cleared.
 */
@JsonSchemaRef("protocol/EntityUpdate.schema.json")
public record EntityUpdate(EntityId id, Map<String, Object> fields) {

    public EntityUpdate {
        Checks.present(id, "EntityUpdate.id");
        fields = Checks.mapCopy(Checks.present(fields, "EntityUpdate.fields"));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("EntityUpdate.fields must not be empty");
        }
    }
}
