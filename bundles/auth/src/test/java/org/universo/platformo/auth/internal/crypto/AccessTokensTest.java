package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;

/** Issuing and verifying the platform's HS256 access tokens, including the ways a token must be refused. */
class AccessTokensTest {
    private static final byte[] SECRET = "an-hs256-secret-of-thirty-two+bytes!".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final String ISS = "universo-platformo";
    private static final String AUD = "universo-api";

    @Test
    void roundTripCarriesUserSessionRolesAndExpiry() throws Exception {
        AccessTokens tokens = at(T0);
        String t = tokens.issue("user-1", "session-1", Set.of("admin", "user"));
        AccessTokens.AccessClaims c = tokens.verify(t);
        assertEquals("user-1", c.userId());
        assertEquals("session-1", c.sessionId());
        assertEquals(Set.of("admin", "user"), c.roles());
        assertEquals(T0.plus(TTL), c.expiresAt());
        assertEquals(Optional.of(ISS), AccessTokens.peekIssuer(t));
        assertEquals(ISS, tokens.issuer());
    }

    @Test
    void claimsAreTheDocumentedOnes() throws Exception {
        JWTClaimsSet c = SignedJWT.parse(at(T0).issue("u", "s", Set.of("user"))).getJWTClaimsSet();
        assertEquals("u", c.getSubject());
        assertEquals("s", c.getStringClaim("sid"));
        assertEquals(List.of("user"), c.getStringListClaim("roles"));
        assertEquals(ISS, c.getIssuer());
        assertEquals(List.of(AUD), c.getAudience());
        assertEquals(Date.from(T0), c.getIssueTime());
        assertEquals(Date.from(T0.plus(TTL)), c.getExpirationTime());
        assertTrue(c.getJWTID() != null && !c.getJWTID().isBlank());
    }

    @Test
    void everyTokenHasItsOwnJti() throws Exception {
        AccessTokens tokens = at(T0);
        String a = tokens.issue("u", "s", Set.of());
        String b = tokens.issue("u", "s", Set.of());
        assertNotEquals(SignedJWT.parse(a).getJWTClaimsSet().getJWTID(), SignedJWT.parse(b).getJWTClaimsSet().getJWTID());
        assertTrue(tokens.verify(a).roles().isEmpty());
    }

    @Test
    void expiryAllowsThirtySecondsOfSkew() throws Exception {
        String t = at(T0).issue("u", "s", Set.of());
        assertEquals("u", at(T0.plus(TTL).plusSeconds(29)).verify(t).userId());
        assertReason(Reason.EXPIRED, at(T0.plus(TTL).plusSeconds(31)), t);
        assertReason(Reason.EXPIRED, at(T0.plus(Duration.ofDays(1))), t);
    }

    @Test
    void issuedInTheFutureBeyondSkewIsRefused() throws Exception {
        String t = at(T0.plusSeconds(120)).issue("u", "s", Set.of());
        assertReason(Reason.MALFORMED, at(T0), t);
        assertEquals("u", at(T0.plusSeconds(100)).verify(t).userId(), "20 s ahead is within skew");
    }

    @Test
    void tamperedPayloadFailsTheSignature() {
        String t = at(T0).issue("u", "s", Set.of("user"));
        String[] parts = t.split("\\.");
        char[] payload = parts[1].toCharArray();
        int mid = payload.length / 2;
        payload[mid] = payload[mid] == 'A' ? 'B' : 'A';
        assertReason(Reason.BAD_SIGNATURE, at(T0), parts[0] + "." + new String(payload) + "." + parts[2]);

        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"admin\"");
        assertReason(Reason.BAD_SIGNATURE, at(T0), parts[0] + "." + b64(json) + "." + parts[2]);
    }

    @Test
    void tokenFromAnotherSecretIsRefused() {
        AccessTokens other = new AccessTokens("another-secret-that-is-32-bytes-long".getBytes(StandardCharsets.UTF_8),
                ISS, AUD, TTL, fixed(T0));
        assertReason(Reason.BAD_SIGNATURE, at(T0), other.issue("u", "s", Set.of()));
    }

    @Test
    void unsignedTokensAreRefused() {
        String payload = b64("{\"sub\":\"u\",\"sid\":\"s\",\"iss\":\"" + ISS + "\",\"aud\":\"" + AUD
                + "\",\"exp\":" + T0.plusSeconds(600).getEpochSecond() + "}");
        assertReason(Reason.UNSUPPORTED_ALGORITHM, at(T0), b64("{\"alg\":\"none\"}") + "." + payload + ".");
        assertReason(Reason.UNSUPPORTED_ALGORITHM, at(T0), b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
        // Case variants are not "none" to nimbus, but still not HS256.
        assertReason(Reason.UNSUPPORTED_ALGORITHM, at(T0), b64("{\"alg\":\"None\"}") + "." + payload + ".AAAA");
        // Taking a real signature and relabelling the header must not help either.
        String real = at(T0).issue("u", "s", Set.of());
        assertThrows(TokenException.class, () -> at(T0).verify(b64("{\"alg\":\"none\"}") + "." + real.split("\\.")[1] + "."
                + real.split("\\.")[2]));
    }

    @Test
    void otherHmacAlgorithmsAreRefusedEvenWithTheRightKey() throws Exception {
        byte[] longSecret = "a-secret-long-enough-for-hs512-signing-which-needs-sixty-four-b!".getBytes(StandardCharsets.UTF_8);
        AccessTokens tokens = new AccessTokens(longSecret, ISS, AUD, TTL, fixed(T0));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("u").claim("sid", "s").issuer(ISS).audience(AUD)
                .issueTime(Date.from(T0)).expirationTime(Date.from(T0.plus(TTL))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
        jwt.sign(new MACSigner(longSecret));
        assertReason(Reason.UNSUPPORTED_ALGORITHM, tokens, jwt.serialize());
    }

    @Test
    void wrongIssuerOrAudienceIsRefused() {
        String t = at(T0).issue("u", "s", Set.of());
        assertReason(Reason.WRONG_ISSUER, new AccessTokens(SECRET, "someone-else", AUD, TTL, fixed(T0)), t);
        assertReason(Reason.WRONG_AUDIENCE, new AccessTokens(SECRET, ISS, "another-api", TTL, fixed(T0)), t);
    }

    @Test
    void missingSessionIsRefused() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("u").issuer(ISS).audience(AUD)
                .issueTime(Date.from(T0)).expirationTime(Date.from(T0.plus(TTL))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET));
        assertReason(Reason.MISSING_CLAIM, at(T0), jwt.serialize());
    }

    @Test
    void garbageIsMalformedAndPeekNeverThrows() {
        for (String junk : new String[] {"", "nope", "a.b.c", "a.b", "...", "x".repeat(20_000)}) {
            assertReason(Reason.MALFORMED, at(T0), junk);
            assertEquals(Optional.empty(), AccessTokens.peekIssuer(junk));
        }
        assertReason(Reason.MALFORMED, at(T0), null);
        assertEquals(Optional.empty(), AccessTokens.peekIssuer(null));
    }

    @Test
    void messagesNeverQuoteTheToken() {
        String t = at(T0).issue("secret-user-id", "secret-session", Set.of());
        TokenException e = assertThrows(TokenException.class, () -> at(T0.plus(Duration.ofDays(1))).verify(t));
        assertFalse(e.getMessage().contains("secret-"));
        assertFalse(e.getMessage().contains(t.substring(0, 20)));
    }

    @Test
    void shortSecretsAndBadSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AccessTokens(new byte[31], ISS, AUD, TTL, fixed(T0)));
        assertThrows(IllegalArgumentException.class, () -> new AccessTokens(null, ISS, AUD, TTL, fixed(T0)));
        assertThrows(IllegalArgumentException.class, () -> new AccessTokens(SECRET, ISS, AUD, Duration.ZERO, fixed(T0)));
        assertEquals(ISS, new AccessTokens(new byte[32], ISS, AUD, TTL, fixed(T0)).issuer());
    }

    @Test
    void secretArrayIsCopied() throws Exception {
        byte[] secret = SECRET.clone();
        AccessTokens tokens = new AccessTokens(secret, ISS, AUD, TTL, fixed(T0));
        String t = tokens.issue("u", "s", Set.of());
        Arrays.fill(secret, (byte) 0);
        assertEquals("u", tokens.verify(t).userId());
        assertEquals("u", at(T0).verify(tokens.issue("u", "s", Set.of())).userId());
    }

    private static void assertReason(Reason reason, AccessTokens tokens, String token) {
        assertEquals(reason, assertThrows(TokenException.class, () -> tokens.verify(token)).reason());
    }

    private static AccessTokens at(Instant now) {
        return new AccessTokens(SECRET, ISS, AUD, TTL, fixed(now));
    }

    private static Clock fixed(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
