package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WorldRole;

/**
 * Who reads and changes an entity: its owner while it may still play in the entity's world, and the world's editors
 * (the designed part of a world is changed by them, whoever made it). An entity the caller cannot read answers 404
 * like a missing one, so ids cannot be probed; a player touching what is not theirs gets 403.
 */
final class Access {
    private final Worlds worlds;

    Access(Worlds worlds) {
        this.worlds = worlds;
    }

    EntityView readable(Connection c, EntityView e, AuthPrincipal user) throws SQLException {
        if (e == null || !mine(e, user) && worlds.roleIn(c, user, e.worldId()) != WorldRole.EDITOR) {
            throw ApiException.notFound("entity");
        }
        return e;
    }

    EntityView changeable(Connection c, EntityView e, AuthPrincipal user) throws SQLException {
        if (e == null) {
            throw ApiException.notFound("entity");
        }
        WorldRole r = worlds.roleIn(c, user, e.worldId());
        if (r == WorldRole.EDITOR || mine(e, user) && r == WorldRole.PLAYER) {
            return e;
        }
        if (r == WorldRole.NONE && !mine(e, user)) {
            throw ApiException.notFound("entity");
        }
        throw ApiException.forbidden(mine(e, user) ? "The world no longer admits you"
                : "Players change only what they own; the world's editors change the rest");
    }

    private static boolean mine(EntityView e, AuthPrincipal user) {
        return e.ownerId().equals(user.userId());
    }
}
