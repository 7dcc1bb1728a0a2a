package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.spi.NodeType;

/** Node types and their data-schema properties, looked up once per conversion. */
final class TypeIndex {
    private final NodeTypeRegistry registry;
    private final Map<String, Optional<NodeType>> types = new HashMap<>();
    private final Map<String, JsonNode> properties = new HashMap<>();

    TypeIndex(NodeTypeRegistry registry) {
        this.registry = registry;
    }

    NodeType type(String type) {
        return types.computeIfAbsent(type, registry::find).orElse(null);
    }

    /** The {@code properties} object of the type's data schema; empty for an unknown type. */
    JsonNode properties(String type) {
        return properties.computeIfAbsent(type, t -> registry.dataSchema(t)
                .map(s -> s.path("properties"))
                .orElse(MissingNode.getInstance()));
    }

    /** The schema of one property, or null when the type does not declare it. */
    JsonNode property(String type, String name) {
        JsonNode property = properties(type).get(name);
        return property != null && property.isObject() ? property : null;
    }
}
