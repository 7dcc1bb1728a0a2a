package org.universo.platformo.ecs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An entity with its components (by type) and its outgoing relations. */
public record EntityView(String id, String worldId, String ownerId, String parentId, String resourceVersionId,
        String name, Map<String, ComponentValue> components, List<Relation> relations, Instant createdAt,
        Instant updatedAt) {
}
