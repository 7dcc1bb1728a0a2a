package org.universo.platformo.auth.api;

import java.security.Principal;
import java.util.Set;

/**
 * The authenticated caller of a request or room join: a platform user id, the session it signed in with,
 * its roles and the provider that vouched for it ({@code local}, {@code supabase}, ...).
 */
public record AuthPrincipal(String userId, String sessionId, Set<String> roles, String provider) implements Principal {
    public AuthPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }
}
