package org.universo.platformo.auth.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Verifies bearer tokens issued by someone other than the platform (Supabase, an OIDC provider...). The
 * platform maps each verified identity to one platform user, creating it on first sight.
 */
@ConsumerType
public interface IdentityProvider {
    /** Stable id, stored with the user's identity link; e.g. {@code supabase}. */
    String id();

    /** Cheap pre-check (e.g. the unverified issuer) so the platform asks only the provider that issued it. */
    boolean accepts(String token);

    ExternalIdentity verify(String token) throws InvalidTokenException;
}
