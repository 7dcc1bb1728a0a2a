package org.universo.platformo.ecs.spi;

import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.WorldRole;

/**
 * Answers for the worlds of one kind of owner (service property {@value #KIND}, e.g. "unik"): the bundle that knows
 * that kind's members registers one. A world whose owner kind has no service admits nobody but administrators.
 */
@ConsumerType
public interface WorldOwners {
    String KIND = "universo.world.owner.kind";

    /** The user's role in the worlds owned by {@code ownerId}, before the world's visibility is considered. */
    WorldRole role(AuthPrincipal user, String ownerId);
}
