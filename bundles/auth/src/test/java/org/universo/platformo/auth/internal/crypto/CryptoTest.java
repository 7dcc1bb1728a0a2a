package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CryptoTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void passwordHashesVerifyAndCarryTheirParameters() {
        PasswordHasher small = new PasswordHasher(8192, 1, 1);
        String h = small.hash("correct horse".toCharArray());
        assertTrue(h.startsWith("$argon2id$v=19$m=8192,t=1,p=1$"), h);
        assertTrue(small.verify("correct horse".toCharArray(), h));
        assertFalse(small.verify("correct horsE".toCharArray(), h));
        assertNotEquals(h, small.hash("correct horse".toCharArray()), "salted");
        PasswordHasher other = new PasswordHasher(19456, 2, 1);
        assertTrue(other.verify("correct horse".toCharArray(), h), "parameters come from the stored hash");
        assertTrue(other.needsRehash(h));
        assertFalse(small.verify("x".toCharArray(), "$argon2id$v=19$m=8192,t=1,p=1$garbage"));
        assertFalse(small.verify("x".toCharArray(), null));
        assertThrows(IllegalArgumentException.class, () -> small.hash(new char[1025]));
    }

    @Test
    void accessTokensRoundTripAndExpire() throws Exception {
        AccessTokens tokens = tokens(Clock.fixed(T0, ZoneOffset.UTC));
        String t = tokens.issue("u1", "s1", Set.of("user"));
        AccessTokens.AccessClaims c = tokens.verify(t);
        assertEquals("u1", c.userId());
        assertEquals("s1", c.sessionId());
        assertEquals(Set.of("user"), c.roles());
        AccessTokens later = tokens(Clock.fixed(T0.plus(Duration.ofMinutes(15)).plusSeconds(31), ZoneOffset.UTC));
        assertEquals(TokenException.Reason.EXPIRED, assertThrows(TokenException.class, () -> later.verify(t)).reason());
        AccessTokens withinSkew = tokens(Clock.fixed(T0.plus(Duration.ofMinutes(15)).plusSeconds(29), ZoneOffset.UTC));
        assertEquals("u1", withinSkew.verify(t).userId());
    }

    @Test
    void tamperedForeignAndUnsignedTokensAreRefused() {
        AccessTokens tokens = tokens(Clock.fixed(T0, ZoneOffset.UTC));
        String t = tokens.issue("u1", "s1", Set.of("user"));
        String[] p = t.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8).replace("u1", "u2");
        String tampered = p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + p[2];
        assertEquals(TokenException.Reason.BAD_SIGNATURE, assertThrows(TokenException.class, () -> tokens.verify(tampered)).reason());
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + p[1] + ".";
        assertThrows(TokenException.class, () -> tokens.verify(none));
        AccessTokens otherKey = new AccessTokens("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8),
                "universo-platformo", "universo-platformo", Duration.ofMinutes(15), Clock.fixed(T0, ZoneOffset.UTC));
        assertEquals(TokenException.Reason.BAD_SIGNATURE, assertThrows(TokenException.class, () -> otherKey.verify(t)).reason());
        AccessTokens otherIssuer = new AccessTokens(SECRET, "someone-else", "universo-platformo", Duration.ofMinutes(15),
                Clock.fixed(T0, ZoneOffset.UTC));
        assertEquals(TokenException.Reason.WRONG_ISSUER, assertThrows(TokenException.class, () -> otherIssuer.verify(t)).reason());
        assertEquals(TokenException.Reason.MALFORMED, assertThrows(TokenException.class, () -> tokens.verify("nope")).reason());
        assertThrows(IllegalArgumentException.class, () -> new AccessTokens(new byte[16], "i", "a", Duration.ofMinutes(1), Clock.systemUTC()));
    }

    @Test
    void refreshTokensAreRandomAndHashedStably() {
        RefreshTokens r = new RefreshTokens(new byte[32]);
        String a = r.newToken();
        assertNotEquals(a, r.newToken());
        assertEquals(43, a.length());
        assertEquals(r.hash(a), r.hash(a));
        assertEquals(64, r.hash(a).length());
    }

    private static AccessTokens tokens(Clock clock) {
        return new AccessTokens(SECRET, "universo-platformo", "universo-platformo", Duration.ofMinutes(15), clock);
    }
}
