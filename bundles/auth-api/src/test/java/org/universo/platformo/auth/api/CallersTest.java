package org.universo.platformo.auth.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

class CallersTest {

    @Test
    void theSignedInCallerComesBackAsItIs() {
        AuthPrincipal user = new AuthPrincipal("u1", "s1", Set.of(Roles.USER), "local");
        assertSame(user, Callers.of(context(user)));
    }

    @Test
    void aRequestWithoutAPlatformCallerIsABugNotAClientError() {
        assertThrows(IllegalStateException.class, () -> Callers.of(context(null)));
        assertThrows(IllegalStateException.class, () -> Callers.of(context(() -> "someone")));
        assertThrows(IllegalStateException.class, () -> Callers.of(null));
    }

    @Test
    void administratorsAreThoseWithTheAdminRole() {
        assertTrue(new AuthPrincipal("a", "s", Set.of(Roles.USER, Roles.ADMIN), "local").isAdmin());
        assertFalse(new AuthPrincipal("u", "s", Set.of(Roles.USER), "local").isAdmin());
    }

    private static SecurityContext context(Principal principal) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
