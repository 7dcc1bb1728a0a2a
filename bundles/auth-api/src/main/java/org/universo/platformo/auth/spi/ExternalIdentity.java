package org.universo.platformo.auth.spi;

import java.util.Map;

/** Who an external provider says the bearer is: its provider id, its stable subject and optional email. */
public record ExternalIdentity(String provider, String subject, String email, Map<String, Object> claims) {
    public ExternalIdentity {
        if (provider == null || provider.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("provider and subject are required");
        }
        claims = claims == null ? Map.of() : Map.copyOf(claims);
    }
}
