package org.universo.platformo.ecs.internal;

import javax.ws.rs.core.SecurityContext;
import org.universo.platformo.auth.api.AuthPrincipal;

/** The signed-in user of a request (the auth filter has already refused anonymous calls). */
final class Caller {
    private Caller() {
    }

    static AuthPrincipal of(SecurityContext security) {
        return (AuthPrincipal) security.getUserPrincipal();
    }
}
