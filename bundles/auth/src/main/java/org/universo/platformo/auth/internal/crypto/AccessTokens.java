package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The platform's own short-lived access tokens: HS256 JWTs carrying user, session and roles. */
public final class AccessTokens {
    static final Duration SKEW = Duration.ofSeconds(30);

    /** What a verified access token says. */
    public record AccessClaims(String userId, String sessionId, Set<String> roles, Instant expiresAt) {
    }

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final String issuer;
    private final String audience;
    private final Duration ttl;
    private final Clock clock;

    public AccessTokens(byte[] secret, String issuer, String audience, Duration ttl, Clock clock) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("The JWT secret must be at least 32 bytes");
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable JWT secret", e);
        }
        this.issuer = issuer;
        this.audience = audience;
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issuer() {
        return issuer;
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue(String userId, String sessionId, Set<String> roles) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).claim("sid", sessionId)
                .claim("roles", List.copyOf(roles)).issuer(issuer).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing failed", e);
        }
        return jwt.serialize();
    }

    public AccessClaims verify(String token) throws TokenException {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new TokenException(TokenException.Reason.MALFORMED, "Access token is malformed");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new TokenException(TokenException.Reason.UNSUPPORTED_ALGORITHM, "Access token algorithm is not accepted");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new TokenException(TokenException.Reason.BAD_SIGNATURE, "Access token signature is not valid");
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (c.getExpirationTime() == null || c.getExpirationTime().toInstant().plus(SKEW).isBefore(now)) {
                throw new TokenException(TokenException.Reason.EXPIRED, "Access token has expired");
            }
            if (!issuer.equals(c.getIssuer())) {
                throw new TokenException(TokenException.Reason.WRONG_ISSUER, "Access token issuer is not accepted");
            }
            if (c.getAudience() == null || !c.getAudience().contains(audience)) {
                throw new TokenException(TokenException.Reason.WRONG_AUDIENCE, "Access token audience is not accepted");
            }
            String sid = c.getStringClaim("sid");
            List<String> roles = c.getStringListClaim("roles");
            if (c.getSubject() == null || sid == null) {
                throw new TokenException(TokenException.Reason.MISSING_CLAIM, "Access token lacks required claims");
            }
            return new AccessClaims(c.getSubject(), sid, new LinkedHashSet<>(roles == null ? List.of() : roles),
                    c.getExpirationTime().toInstant());
        } catch (JOSEException | ParseException e) {
            throw new TokenException(TokenException.Reason.MALFORMED, "Access token is malformed");
        }
    }

    /** The unverified issuer, used only to route a token to the verifier that can check it. */
    public static Optional<String> peekIssuer(String token) {
        try {
            return Optional.ofNullable(JWTParser.parse(token).getJWTClaimsSet().getIssuer());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
