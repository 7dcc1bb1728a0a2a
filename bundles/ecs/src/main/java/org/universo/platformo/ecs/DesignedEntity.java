package org.universo.platformo.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One entity as a design has it: the key the design knows it by (a space's node id, unique in the design), its name,
 * its components by type and, when it is an instance of a published resource version, that version's id (its bill of
 * materials becomes the entity's parts).
 */
public record DesignedEntity(String key, String name, Map<String, JsonNode> components, String resourceVersionId) {
    public DesignedEntity {
        components = components == null ? Map.of() : Map.copyOf(components);
    }

    /** An entity that is no resource's instance. */
    public DesignedEntity(String key, String name, Map<String, JsonNode> components) {
        this(key, name, components, null);
    }
}
