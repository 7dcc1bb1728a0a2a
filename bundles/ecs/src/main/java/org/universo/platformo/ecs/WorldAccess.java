package org.universo.platformo.ecs;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.auth.api.AuthPrincipal;

/**
 * Who may do what in which world: the one answer the entity routes, the rooms and the domain routes share. A world
 * nobody created has no role for anyone but administrators.
 */
@ProviderType
public interface WorldAccess {

    /**
     * EventAdmin topic posted once a world's visibility changed (property {@link EntityStore#EVENT_WORLD}): who may be
     * in it may have changed, so rooms ask again whether each of their players is still admitted.
     */
    String TOPIC_ACCESS = "org/universo/platformo/ecs/world/ACCESS";

    /** The user's role in the world: administrators edit every world, the owner's answer decides for the rest. */
    WorldRole role(AuthPrincipal user, String worldId);

    Optional<World> world(String worldId);

    /**
     * The world {@code worldId} owned by ({@code ownerKind}, {@code ownerId}), created when missing; for bundles that
     * make worlds on their owners' behalf (a publication materializing a space). Idempotent for the same owner; a world
     * of another owner is refused with a 409 and left alone. The visibility is set to the one given either way.
     */
    World open(String worldId, String name, String ownerKind, String ownerId, World.Visibility visibility);
}
