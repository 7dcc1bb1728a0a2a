package org.universo.platformo.auth.api;

import java.time.Instant;
import java.util.Set;

/** A user as other bundles and operators see it: no credentials. */
public record UserSummary(String id, String email, String displayName, Set<String> roles, Instant createdAt) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
