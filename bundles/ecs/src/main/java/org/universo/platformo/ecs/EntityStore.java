package org.universo.platformo.ecs;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Server-side access to entities, without per-user checks: the realtime room service loads a world through it and
 * writes changed components back in batches.
 */
@ProviderType
public interface EntityStore {

    /** Every entity of a world with its components and relations, parents before children. */
    List<EntityView> loadWorld(String worldId);

    /** One entity with its components, without access checks: callers acting for a user check the owner. */
    java.util.Optional<EntityView> find(String entityId);

    /**
     * Applies the writes in one transaction. Each document is checked against its component type's schema first; one
     * invalid document refuses the whole batch (a 422 {@link org.universo.platformo.api.error.ApiException}). A stale
     * write is not applied and is reported in {@link WriteResult#conflicts()}; the others are applied.
     */
    WriteResult write(List<ComponentWrite> writes);
}
