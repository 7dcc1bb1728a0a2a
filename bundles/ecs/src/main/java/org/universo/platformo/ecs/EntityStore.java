package org.universo.platformo.ecs;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Server-side access to entities, without per-user checks: the realtime room service loads a world through it and
 * writes changed components back in batches; domains move entities between worlds through it.
 */
@ProviderType
public interface EntityStore {

    /**
     * EventAdmin topic posted after {@link #move} committed, with {@link #EVENT_ENTITY} (the entity moved),
     * {@link #EVENT_IDS} (it and its descendants, String[]), {@link #EVENT_OWNER}, {@link #EVENT_FROM} and
     * {@link #EVENT_TO} (world ids): rooms of the old world drop these entities, rooms of the new one take them.
     */
    String TOPIC_MOVED = "org/universo/platformo/ecs/entity/MOVED";
    String EVENT_ENTITY = "entity.id";
    String EVENT_IDS = "entity.ids";
    String EVENT_OWNER = "entity.owner";
    String EVENT_FROM = "world.from";
    String EVENT_TO = "world.to";

    /**
     * EventAdmin topic posted after {@link #design} changed a world, with {@link #EVENT_WORLD} and the entity ids
     * {@link #EVENT_ADDED}, {@link #EVENT_CHANGED}, {@link #EVENT_REMOVED} (String[]): running rooms of that world
     * take the new design at once.
     */
    String TOPIC_DESIGNED = "org/universo/platformo/ecs/world/DESIGNED";
    String EVENT_WORLD = "world.id";
    String EVENT_ADDED = "entity.added";
    String EVENT_CHANGED = "entity.changed";
    String EVENT_REMOVED = "entity.removed";

    /**
     * Makes the designed part of an existing world what {@code design} says, in one transaction. Entities whose key is
     * new are added (owned by {@code ownerId}); designed entities whose key is gone are removed with their subtrees;
     * of the others, a component the design changed since the last design takes the new value, one it dropped goes,
     * and one it left alone keeps what play made of it. Entities no design made (players' ships, cargo) are never
     * touched. A designed entity that names a resource version gets that version's bill of materials as its parts
     * (child entities, as {@code /entities/instantiate} makes them); a new version replaces those parts, the same one
     * keeps them. Every document is checked first: any invalid one (or an unknown or unpublished resource version)
     * refuses the whole design with a 422 whose
     * {@code details.errors} name the entity {@code key}, the component {@code type} and the {@code pointer}; nothing
     * is written then. Posts {@link #TOPIC_DESIGNED} when something changed.
     */
    DesignResult design(String worldId, String ownerId, List<DesignedEntity> design);

    /**
     * Creates an entity owned by {@code owner}, under the rules of {@code POST /api/v1/entities}: the owner must be
     * at least a player of the world, every component document is checked first (422), nothing is written on a fault.
     * For domain code that gives a player something of their own (a starter ship).
     */
    EntityView create(org.universo.platformo.auth.api.AuthPrincipal owner, Inputs.EntityCreate in);

    /** Every entity of a world with its components and relations, parents before children. */
    List<EntityView> loadWorld(String worldId);

    /**
     * The entities {@code ownerId} owns in the world, parents before children (a room catching up on what a joining
     * player made since it loaded).
     */
    List<EntityView> loadOwned(String worldId, String ownerId);

    /** One entity with its components, without access checks: callers acting for a user check the owner. */
    Optional<EntityView> find(String entityId);

    /**
     * Applies the writes in one transaction. Each document is checked against its component type's schema first; one
     * invalid document refuses the whole batch (a 422 {@link org.universo.platformo.api.error.ApiException}). A stale
     * write is not applied and is reported in {@link WriteResult#conflicts()}; the others are applied.
     */
    WriteResult write(List<ComponentWrite> writes);

    /**
     * {@link #write(List)} for a writer bound to one world (a room): a write to an entity that is not in
     * {@code worldId}, because it moved away or never was there, is reported as a conflict with a null actual version.
     */
    WriteResult write(String worldId, List<ComponentWrite> writes);

    /**
     * Moves a root entity with its subtree to another world in one transaction, with {@code writes} (its Transform in
     * the new world, say) applied in the same transaction. Relations between the moved entities and those staying are
     * removed, since a relation links entities of one world. Refused with a 404 when the entity or the world does not exist, a 422
     * when it has a parent or already is in that world, a 409 when a write is stale (nothing is moved then). Posts
     * {@link #TOPIC_MOVED} once committed.
     */
    EntityView move(String entityId, String toWorldId, List<ComponentWrite> writes);
}
