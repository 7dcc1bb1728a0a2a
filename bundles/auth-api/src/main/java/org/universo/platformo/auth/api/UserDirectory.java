package org.universo.platformo.auth.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to platform accounts, for other bundles and the {@code universo:users} command. */
@ProviderType
public interface UserDirectory {
    Optional<UserSummary> find(String userId);

    /** Users ordered by creation time, oldest first. */
    List<UserSummary> list(int offset, int limit);

    long count();
}
