package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Set;

/** Builds the cached, rate-limited remote JWKS source for a key-set URL, with short HTTP timeouts. */
final class JwksKeys {
    // A login waits on this fetch, so fail fast rather than hold request threads on a slow endpoint.
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int READ_TIMEOUT_MS = 2_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;
    private static final long CACHE_TTL_MS = 5 * 60_000L;
    private static final long CACHE_REFRESH_WAIT_MS = 5_000L;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private JwksKeys() {
    }

    /**
     * Plain http is allowed only for loopback (tests, local Supabase): elsewhere a network attacker could
     * substitute the keys. Refresh-ahead is off so no background threads outlive the bundle; unknown kids
     * trigger a re-fetch at most every 30 s (nimbus' default rate limit).
     */
    static JWKSource<SecurityContext> remote(String url) {
        URL parsed;
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase());
            if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                throw new IllegalArgumentException("JWKS URL must use https");
            }
            parsed = uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("JWKS URL is not a usable https URL: " + url);
        }
        DefaultResourceRetriever http = new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS,
                SIZE_LIMIT_BYTES);
        return JWKSourceBuilder.<SecurityContext>create(parsed, http).cache(CACHE_TTL_MS, CACHE_REFRESH_WAIT_MS)
                .refreshAheadCache(false).build();
    }
}
