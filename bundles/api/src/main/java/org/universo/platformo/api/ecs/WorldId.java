package org.universo.platformo.api.ecs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Identity of a world (or of one running instance of it); serialized as a plain JSON string.
 * The allowed characters keep it safe in URLs, topic names and file names.
 */
@JsonSchemaRef("ecs/WorldId.schema.json")
public record WorldId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    public WorldId {
        Checks.matches(value, FORMAT, "WorldId");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WorldId of(String value) {
        return new WorldId(value);
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
