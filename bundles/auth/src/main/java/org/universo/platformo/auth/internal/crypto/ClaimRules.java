package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;

/**
 * The claim checks shared by every verifier, run only after the signature has been checked: issuer, audience,
 * exp/iat/nbf with clock skew, and a non-blank subject.
 */
final class ClaimRules {
    static final Duration SKEW = Duration.ofSeconds(30);

    private final String issuer;
    private final String audience;
    private final Clock clock;

    /** @param issuer required value of {@code iss}, or null to accept any issuer */
    ClaimRules(String issuer, String audience, Clock clock) {
        this.issuer = issuer;
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void check(JWTClaimsSet claims) throws TokenException {
        // Issuer and audience come first so a foreign token is reported as foreign, not as merely expired.
        if (issuer != null && !issuer.equals(claims.getIssuer())) {
            throw new TokenException(Reason.WRONG_ISSUER, "Token issuer is not accepted");
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(audience)) {
            throw new TokenException(Reason.WRONG_AUDIENCE, "Token audience is not accepted");
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new TokenException(Reason.MISSING_CLAIM, "Token has no expiry");
        }
        if (exp.toInstant().plus(SKEW).isBefore(now)) {
            throw new TokenException(Reason.EXPIRED, "Token has expired");
        }
        if (inFuture(claims.getIssueTime(), now) || inFuture(claims.getNotBeforeTime(), now)) {
            throw new TokenException(Reason.MALFORMED, "Token is not valid yet");
        }
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new TokenException(Reason.MISSING_CLAIM, "Token has no subject");
        }
    }

    private static boolean inFuture(Date time, Instant now) {
        return time != null && time.toInstant().minus(SKEW).isAfter(now);
    }
}
