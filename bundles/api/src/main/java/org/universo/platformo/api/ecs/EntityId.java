package org.universo.platformo.api.ecs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Identity of an entity within a world; serialized as a plain JSON string. */
@JsonSchemaRef("ecs/EntityId.schema.json")
public record EntityId(String value) {

    /** Same bound as the schema so that ids fit in logs, keys and URLs. */
    public static final int MAX_LENGTH = 128;

    public EntityId {
        Checks.nonBlank(value, "EntityId");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("EntityId longer than " + MAX_LENGTH + " chars");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EntityId of(String value) {
        return new EntityId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
