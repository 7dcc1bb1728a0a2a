package org.universo.platformo.realtime.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.auth.api.AuthPrincipal;

/**
 * Decides whether a signed-in user may join a world. Registered by bundles that own worlds (publications, domains);
 * a refusal from any gate wins; when no gate has an opinion, the room service's {@code worlds.open} setting decides.
 */
@ConsumerType
public interface WorldGate {

    /** true: may join; false: may not; empty: not this gate's world. */
    Optional<Boolean> mayJoin(AuthPrincipal user, String worldId);
}
