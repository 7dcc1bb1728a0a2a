package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;
import org.universo.platformo.auth.spi.ExternalIdentity;

/**
 * Verifies access tokens of a Supabase project: HS256 with the project's legacy JWT secret, ES256/RS256 with
 * keys from its JWKS URL. Call {@link #close()} when discarding it to release the JWKS source.
 */
public final class SupabaseTokenVerifier implements AutoCloseable {
    public static final String PROVIDER = "supabase";

    /** Settings of one Supabase project; blank strings count as unset, audience defaults to "authenticated". */
    public record SupabaseConfig(String jwtSecret, String jwksUrl, String issuer, String audience) {
        public SupabaseConfig {
            jwtSecret = blankToNull(jwtSecret);
            jwksUrl = blankToNull(jwksUrl);
            issuer = blankToNull(issuer);
            audience = audience == null || audience.isBlank() ? "authenticated" : audience;
        }

        @Override
        public String toString() {
            // Keeps the secret out of logs and exception messages.
            return "SupabaseConfig[jwtSecret=" + (jwtSecret == null ? "unset" : "***") + ", jwksUrl=" + jwksUrl
                    + ", issuer=" + issuer + ", audience=" + audience + "]";
        }
    }

    private final DefaultJWTProcessor<SecurityContext> hmac;
    private final DefaultJWTProcessor<SecurityContext> jwks;
    private final JWKSource<SecurityContext> jwkSource;
    private final ClaimRules rules;

    public SupabaseTokenVerifier(SupabaseConfig config) {
        this(config, Clock.systemUTC());
    }

    public SupabaseTokenVerifier(SupabaseConfig config, Clock clock) {
        this.rules = new ClaimRules(config.issuer(), config.audience(), clock);
        if (config.jwtSecret() != null && config.jwtSecret().getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("Supabase JWT secret must be at least 32 bytes");
        }
        // Supabase signs with the secret's UTF-8 bytes as they appear in the dashboard, not base64-decoded.
        this.hmac = config.jwtSecret() == null ? null : processor(new SingleKeyJWSKeySelector<>(JWSAlgorithm.HS256,
                new SecretKeySpec(config.jwtSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
        this.jwkSource = config.jwksUrl() == null ? null : JwksKeys.remote(config.jwksUrl());
        this.jwks = jwkSource == null ? null : processor(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256), jwkSource));
    }

    public boolean isEnabled() {
        return hmac != null || jwks != null;
    }

    public ExternalIdentity verify(String token) throws TokenException {
        if (!isEnabled()) {
            throw new TokenException(Reason.NOT_CONFIGURED, "Supabase tokens are not accepted here");
        }
        SignedJWT jwt = Jwts.signed(token);
        DefaultJWTProcessor<SecurityContext> processor = processorFor(jwt.getHeader().getAlgorithm());
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (KeySourceException e) {
            throw new TokenException(Reason.BAD_SIGNATURE, "Signing keys are not available");
        } catch (BadJOSEException | JOSEException e) {
            throw new TokenException(Reason.BAD_SIGNATURE, "Token signature is not valid");
        }
        rules.check(claims);
        return new ExternalIdentity(PROVIDER, claims.getSubject(), email(claims), withoutNulls(claims.getClaims()));
    }

    @Override
    public void close() {
        if (jwkSource instanceof Closeable c) {
            try {
                c.close();
            } catch (IOException e) {
                // Nothing left to release that a retry could free; the verifier is being discarded anyway.
            }
        }
    }

    // Routing by alg before key lookup means a public key can never be fed to HMAC (alg confusion).
    private DefaultJWTProcessor<SecurityContext> processorFor(JWSAlgorithm alg) throws TokenException {
        DefaultJWTProcessor<SecurityContext> p = JWSAlgorithm.HS256.equals(alg) ? hmac
                : JWSAlgorithm.ES256.equals(alg) || JWSAlgorithm.RS256.equals(alg) ? jwks : null;
        if (p == null) {
            throw new TokenException(Reason.UNSUPPORTED_ALGORITHM, "Token algorithm is not accepted");
        }
        return p;
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWSKeySelector<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(keys);
        // Claims are checked by ClaimRules so every failure maps to a precise Reason with our own clock.
        p.setJWTClaimsSetVerifier((claims, context) -> { });
        return p;
    }

    private static String email(JWTClaimsSet claims) {
        try {
            return claims.getStringClaim("email");
        } catch (ParseException e) {
            return null;
        }
    }

    // ExternalIdentity copies the map with Map.copyOf, which refuses null values such as "phone": null.
    private static Map<String, Object> withoutNulls(Map<String, Object> claims) {
        Map<String, Object> copy = new HashMap<>();
        claims.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
