package org.universo.platformo.metaverse;

import org.osgi.annotation.versioning.ProviderType;

/** Immutable space versions for other bundles (builds, publishing), read with the access rules of a user. */
@ProviderType
public interface SpaceVersionReader {

    /**
     * The version with every space it links to, followed as {@code userId}.
     *
     * @throws org.universo.platformo.api.error.ApiException {@code not_found} when the user cannot read the space or
     *     the version does not exist, {@code validation_failed} (with {@code details.problems}) when a link can no
     *     longer be followed
     */
    PublishableSpace read(String userId, String spaceId, int version);

    /**
     * The current draft (as version 0) with its links followed as {@code userId}, for unsaved previews.
     *
     * @throws org.universo.platformo.api.error.ApiException as {@link #read}
     */
    PublishableSpace readDraft(String userId, String spaceId);

    /** Whether {@code userId} may change the space (editor or above in its unik); false when it cannot even read it. */
    boolean canEdit(String userId, String spaceId);

    /** The unik a space belongs to: the owner of the world the space becomes; empty for no such space. */
    java.util.Optional<String> unikOf(String spaceId);
}
