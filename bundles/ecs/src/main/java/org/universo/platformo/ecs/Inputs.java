package org.universo.platformo.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request bodies of the entity API, each checked against its JSON Schema before binding. */
public final class Inputs {
    private Inputs() {
    }

    /** POST /entities: an entity, with components given by type. */
    @JsonSchemaRef("ecs/EntityCreate.schema.json")
    public record EntityCreate(String worldId, String parentId, String resourceVersionId, String name,
            Map<String, JsonNode> components) {
    }

    /** POST /entities/instantiate: the entity tree of a published resource version. */
    @JsonSchemaRef("ecs/Instantiate.schema.json")
    public record Instantiate(String resourceVersionId, String worldId, String parentId, String name,
            Map<String, String> choose, Map<String, JsonNode> components) {
    }

    /** PATCH /entities/{id}: a new name and component changes, all applied or none. */
    @JsonSchemaRef("ecs/EntityPatch.schema.json")
    public record EntityPatch(String name, Map<String, ComponentChange> components) {
    }

    /** {@code expectedVersion}: the version last seen (0 for a new component); {@code remove} deletes it. */
    public record ComponentChange(long expectedVersion, JsonNode data, Boolean remove) {
    }

    /** POST /entities/{id}/relations */
    @JsonSchemaRef("ecs/RelationCreate.schema.json")
    public record RelationCreate(String kind, String toId) {
    }

    /**
     * POST /worlds: a world with a given or generated id, owned by the caller or by an owner the caller edits for
     * ({@code ownerKind} and {@code ownerId} together, a unik say); private unless said otherwise.
     */
    @JsonSchemaRef("ecs/WorldCreate.schema.json")
    public record WorldCreate(String id, String name, String ownerKind, String ownerId, World.Visibility visibility) {
    }

    /** PATCH /worlds/{id}: a new name or visibility. */
    @JsonSchemaRef("ecs/WorldPatch.schema.json")
    public record WorldPatch(String name, World.Visibility visibility) {
    }
}
