package org.universo.platformo.metaverse.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ecs.spi.WorldOwners;
import org.universo.platformo.metaverse.Role;

/**
 * The worlds a unik owns (those its spaces materialize into): its editors and above edit them, its other members play
 * them; a public world adds everybody else as a player on top of this.
 */
@Component(service = WorldOwners.class, property = WorldOwners.KIND + "=unik")
public final class UnikWorlds implements WorldOwners {
    private final MetaverseComponent metaverse;

    @Activate
    public UnikWorlds(@Reference MetaverseComponent metaverse) {
        this.metaverse = metaverse;
    }

    @Override
    public WorldRole role(AuthPrincipal user, String unikId) {
        Role r = metaverse.uniks.roleOf(unikId, user.userId());
        if (r == null) {
            return WorldRole.NONE;
        }
        return r.atLeast(Role.EDITOR) ? WorldRole.EDITOR : WorldRole.PLAYER;
    }
}
