package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies access tokens issued by a Supabase project: HS256 with the project's JWT secret, and ES256/RS256
 * with keys from the project's JWKS URL (fetched and cached by nimbus). Requires sub, exp and the audience.
 */
public final class SupabaseTokenVerifier {
    /** Settings of one Supabase project; blank values are unset. */
    public record SupabaseConfig(String jwtSecret, String jwksUrl, String issuer, String audience) {
    }

    /** The verified subject and claims. */
    public record Identity(String subject, String email, Map<String, Object> claims) {
    }

    private final DefaultJWTProcessor<SecurityContext> hs;
    private final DefaultJWTProcessor<SecurityContext> asym;

    public SupabaseTokenVerifier(SupabaseConfig config) {
        String aud = blank(config.audience()) ? "authenticated" : config.audience();
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(aud,
                blank(config.issuer()) ? null : new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
                new HashSet<>(Set.of("sub", "exp")));
        claims.setMaxClockSkew(30);
        hs = blank(config.jwtSecret()) ? null : processor(new SingleKeyJWSKeySelector<>(JWSAlgorithm.HS256,
                new SecretKeySpec(config.jwtSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256")), claims);
        asym = blank(config.jwksUrl()) ? null : processor(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256), jwks(config.jwksUrl())), claims);
    }

    public boolean isEnabled() {
        return hs != null || asym != null;
    }

    public Identity verify(String token) throws TokenException {
        if (!isEnabled()) {
            throw new TokenException(TokenException.Reason.NOT_CONFIGURED, "Supabase tokens are not accepted here");
        }
        try {
            JWSAlgorithm alg = com.nimbusds.jwt.SignedJWT.parse(token).getHeader().getAlgorithm();
            DefaultJWTProcessor<SecurityContext> p = JWSAlgorithm.HS256.equals(alg) ? hs
                    : JWSAlgorithm.ES256.equals(alg) || JWSAlgorithm.RS256.equals(alg) ? asym : null;
            if (p == null) {
                throw new TokenException(TokenException.Reason.UNSUPPORTED_ALGORITHM, "Token algorithm is not accepted");
            }
            JWTClaimsSet c = p.process(token, null);
            return new Identity(c.getSubject(), c.getStringClaim("email"), c.getClaims());
        } catch (ExpiredJWTException e) {
            throw new TokenException(TokenException.Reason.EXPIRED, "Token has expired");
        } catch (BadJWTException e) {
            throw new TokenException(TokenException.Reason.MISSING_CLAIM, "Token claims are not accepted");
        } catch (KeySourceException e) {
            throw new TokenException(TokenException.Reason.BAD_SIGNATURE, "Signing keys are not available");
        } catch (BadJOSEException | JOSEException e) {
            throw new TokenException(TokenException.Reason.BAD_SIGNATURE, "Token signature is not valid");
        } catch (ParseException | RuntimeException e) {
            throw new TokenException(TokenException.Reason.MALFORMED, "Token is malformed");
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWSKeySelector<SecurityContext> keys,
            DefaultJWTClaimsVerifier<SecurityContext> claims) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(keys);
        p.setJWTClaimsSetVerifier(claims);
        return p;
    }

    private static JWKSource<SecurityContext> jwks(String url) {
        try {
            return JWKSourceBuilder.create(new URL(url)).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Supabase JWKS URL is not a URL", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
