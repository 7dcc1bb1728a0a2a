package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;

/** The platform's own short-lived access tokens: HS256 JWTs carrying user, session and roles. */
public final class AccessTokens {
    /** What a verified access token says. */
    public record AccessClaims(String userId, String sessionId, Set<String> roles, Instant expiresAt) {
    }

    private static final int MIN_SECRET_BYTES = 32;

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final String issuer;
    private final String audience;
    private final Duration ttl;
    private final Clock clock;
    private final ClaimRules rules;

    public AccessTokens(byte[] secret, String issuer, String audience, Duration ttl, Clock clock) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The JWT secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("The access token lifetime must be positive");
        }
        try {
            // Copied so a caller wiping or reusing its array cannot change our key.
            this.signer = new MACSigner(secret.clone());
            this.verifier = new MACVerifier(secret.clone());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable JWT secret");
        }
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = new ClaimRules(issuer, audience, clock);
    }

    public String issuer() {
        return issuer;
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue(String userId, String sessionId, Set<String> roles) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Instant now = clock.instant();
        // Sorted so the same grant always yields the same claim, whatever Set implementation was passed in.
        List<String> roleList = List.copyOf(new TreeSet<>(roles == null ? Set.of() : roles));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).claim("sid", sessionId)
                .claim("roles", roleList).issuer(issuer).audience(audience).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing an access token failed", e);
        }
        return jwt.serialize();
    }

    public AccessClaims verify(String token) throws TokenException {
        SignedJWT jwt = Jwts.signed(token);
        // Pinning the algorithm before verifying stops alg-confusion; MACVerifier alone would accept HS384/512 too.
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new TokenException(Reason.UNSUPPORTED_ALGORITHM, "Token algorithm is not accepted");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new TokenException(Reason.BAD_SIGNATURE, "Token signature is not valid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            rules.check(claims);
            String sid = claims.getStringClaim("sid");
            List<String> roles = claims.getStringListClaim("roles");
            if (sid == null || sid.isBlank()) {
                throw new TokenException(Reason.MISSING_CLAIM, "Token has no session");
            }
            if (roles != null && roles.contains(null)) {
                throw new TokenException(Reason.MALFORMED, "Token roles are malformed");
            }
            Set<String> roleSet = Collections.unmodifiableSet(new LinkedHashSet<>(roles == null ? List.of() : roles));
            return new AccessClaims(claims.getSubject(), sid, roleSet, claims.getExpirationTime().toInstant());
        } catch (JOSEException | ParseException e) {
            throw new TokenException(Reason.MALFORMED, "Token is malformed");
        }
    }

    /** The unverified issuer, only for routing a token to the verifier able to check it; never trust it. */
    public static Optional<String> peekIssuer(String token) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            JWT jwt = JWTParser.parse(token);
            return Optional.ofNullable(jwt.getJWTClaimsSet().getIssuer());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
