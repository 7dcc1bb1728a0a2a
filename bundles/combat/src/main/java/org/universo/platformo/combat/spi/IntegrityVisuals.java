package org.universo.platformo.combat.spi;

import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.combat.Integrity;

/**
 * Names how a damaged entity looks, so every client draws the same wreck: rooms put the state into the Visual
 * component they replicate whenever a hit changes an entity's Integrity. Registered by a game's overlay; with several,
 * the highest service ranking wins; with none, Visual is replicated as stored.
 */
@ConsumerType
public interface IntegrityVisuals {

    /** The Visual {@code state} of an entity with this Integrity (e.g. {@code damaged}); never null. */
    String state(Integrity integrity);
}
