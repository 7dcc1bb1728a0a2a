package org.universo.platformo.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One entity as a design has it: the key the design knows it by (a space's node id, unique in the design), its name
 * and its components by type.
 */
public record DesignedEntity(String key, String name, Map<String, JsonNode> components) {
    public DesignedEntity {
        components = components == null ? Map.of() : Map.copyOf(components);
    }
}
