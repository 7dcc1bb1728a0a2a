package org.universo.platformo.ecs.internal;

import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.EntityView;

/**
 * Entities are private to their owner (and administrators). Someone else's entity answers 404 like a missing one, so
 * ids cannot be probed.
 */
final class Access {
    private Access() {
    }

    static EntityView mine(EntityView e, AuthPrincipal user) {
        if (e == null || !e.ownerId().equals(user.userId()) && !user.hasRole("admin")) {
            throw ApiException.notFound("entity");
        }
        return e;
    }
}
