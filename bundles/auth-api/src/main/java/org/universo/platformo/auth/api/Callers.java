package org.universo.platformo.auth.api;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The signed-in caller of a REST request. */
public final class Callers {
    private Callers() {
    }

    /**
     * @return the caller the auth filter put on the request
     * @throws IllegalStateException if the request carries no {@link AuthPrincipal}: the filter refuses anonymous
     *         calls before any resource runs, so this only happens on a {@code @PermitAll} route or a request that
     *         did not pass the platform's filter, which is a bug in the resource, not a client error
     */
    public static AuthPrincipal of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof AuthPrincipal caller) {
            return caller;
        }
        throw new IllegalStateException(principal == null
                ? "No signed-in caller: the route is @PermitAll or not behind the platform's auth filter"
                : "The caller is a " + principal.getClass().getName() + ", not an AuthPrincipal: the request did not"
                        + " pass the platform's auth filter");
    }
}
