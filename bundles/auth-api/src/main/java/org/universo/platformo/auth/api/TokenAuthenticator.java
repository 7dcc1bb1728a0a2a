package org.universo.platformo.auth.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a platform access token (or a token of an accepted external identity provider) outside REST, e.g. when a
 * WebSocket connection opens.
 */
@ProviderType
public interface TokenAuthenticator {

    /**
     * @return the user the token stands for
     * @throws org.universo.platformo.api.error.ApiException 401 ({@code token_expired} or {@code token_invalid})
     */
    AuthPrincipal authenticate(String token);
}
