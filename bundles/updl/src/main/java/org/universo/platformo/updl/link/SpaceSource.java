package org.universo.platformo.updl.link;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the resolver needs from storage and access control; the caller implements it (for the REST layer: over the
 * database, for the current user). What "latest" means (e.g. the newest immutable version) is the source's choice.
 */
@ConsumerType
public interface SpaceSource {

    /** The space at {@code version}, or at its latest version when {@code version} is null; empty if missing. */
    Optional<ResolvedSpace> load(String spaceId, Integer version);

    /** Ids of the spaces of a unik; empty if the unik does not exist. */
    Optional<List<String>> unikSpaces(String unikId);

    /** Ids of the spaces listed in a metaverse; empty if the metaverse does not exist. */
    Optional<List<String>> metaverseSpaces(String metaverseId);

    /** Whether the caller may include the target; asked before loading or expanding it. */
    default Access access(LinkKind kind, String id) {
        return Access.ALLOWED;
    }

    /** Answer of an access check. */
    enum Access {
        ALLOWED, FORBIDDEN
    }
}
