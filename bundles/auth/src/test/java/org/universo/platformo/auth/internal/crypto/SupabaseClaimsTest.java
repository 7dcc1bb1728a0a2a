package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.universo.platformo.auth.internal.crypto.SupabaseTokenVerifier.SupabaseConfig;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;
import org.universo.platformo.auth.spi.ExternalIdentity;

/** Claim rules of the Supabase verifier, exercised with HS256 tokens and a fixed clock. */
class SupabaseClaimsTest {
    private static final String SECRET = "your-super-secret-jwt-token-with-at-least-32-characters";
    private static final String ISS = "https://abcd.supabase.co/auth/v1";
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private final SupabaseTokenVerifier verifier = hs(ISS);

    @Test
    void acceptedTokenBecomesAnExternalIdentity() throws Exception {
        // Built by hand because nimbus drops null claims when serialising; Supabase does send "phone": null.
        String json = claims().build().toString().replaceFirst("\\{", "{\"phone\":null,");
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(json));
        jws.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        ExternalIdentity id = verifier.verify(jws.serialize());
        assertEquals("supabase", id.provider());
        assertEquals("3f1c-user", id.subject());
        assertEquals("a@example.org", id.email());
        assertEquals("authenticated", id.claims().get("role"));
        assertFalse(id.claims().containsKey("phone"));
    }

    @Test
    void emailIsOptional() throws Exception {
        assertNull(verifier.verify(sign(SECRET, claims().claim("email", null).build())).email());
        assertNull(verifier.verify(sign(SECRET, claims().claim("email", 42).build())).email());
    }

    @Test
    void wrongSecretIsABadSignature() throws Exception {
        assertReason(Reason.BAD_SIGNATURE, verifier, sign(SECRET.replace('y', 'Y'), claims().build()));
    }

    @Test
    void subjectAndExpiryAreRequired() throws Exception {
        assertReason(Reason.MISSING_CLAIM, verifier, sign(SECRET, claims().subject(null).build()));
        assertReason(Reason.MISSING_CLAIM, verifier, sign(SECRET, claims().subject(" ").build()));
        assertReason(Reason.MISSING_CLAIM, verifier, sign(SECRET, claims().expirationTime(null).build()));
    }

    @Test
    void audienceMustContainTheConfiguredOne() throws Exception {
        assertReason(Reason.WRONG_AUDIENCE, verifier, sign(SECRET, claims().audience("anon").build()));
        assertReason(Reason.WRONG_AUDIENCE, verifier, sign(SECRET, claims().audience((String) null).build()));
        assertEquals("3f1c-user", verifier.verify(sign(SECRET, claims().audience(List.of("x", "authenticated")).build())).subject());
        SupabaseTokenVerifier custom = new SupabaseTokenVerifier(new SupabaseConfig(SECRET, null, ISS, "my-app"), clock(T0));
        assertEquals("3f1c-user", custom.verify(sign(SECRET, claims().audience("my-app").build())).subject());
    }

    @Test
    void issuerIsCheckedOnlyWhenConfigured() throws Exception {
        String foreign = sign(SECRET, claims().issuer("https://evil.example/auth/v1").build());
        assertReason(Reason.WRONG_ISSUER, verifier, foreign);
        assertEquals("3f1c-user", hs(null).verify(foreign).subject());
        assertEquals("3f1c-user", hs(" ").verify(foreign).subject());
    }

    @Test
    void expiryAllowsThirtySecondsOfSkew() throws Exception {
        assertEquals("3f1c-user", verifier.verify(sign(SECRET, claims().expirationTime(Date.from(T0.minusSeconds(29))).build())).subject());
        assertReason(Reason.EXPIRED, verifier, sign(SECRET, claims().expirationTime(Date.from(T0.minusSeconds(31))).build()));
        assertReason(Reason.MALFORMED, verifier, sign(SECRET, claims().notBeforeTime(Date.from(T0.plusSeconds(60))).build()));
    }

    @Test
    void unsignedAndUnconfiguredAlgorithmsAreRefused() throws Exception {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims().build().toString().getBytes(StandardCharsets.UTF_8));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertReason(Reason.UNSUPPORTED_ALGORITHM, verifier, none + "." + payload + ".");
        SignedJWT es = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims().build());
        es.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).generate()));
        assertReason(Reason.UNSUPPORTED_ALGORITHM, verifier, es.serialize());
        assertReason(Reason.MALFORMED, verifier, "not-a-token");
    }

    @Test
    void withoutKeysTheVerifierIsDisabled() {
        for (SupabaseConfig c : List.of(new SupabaseConfig(null, null, ISS, null), new SupabaseConfig("", " ", ISS, ""))) {
            SupabaseTokenVerifier v = new SupabaseTokenVerifier(c);
            assertFalse(v.isEnabled());
            assertReason(Reason.NOT_CONFIGURED, v, "a.b.c");
        }
        assertTrue(verifier.isEnabled());
    }

    @Test
    void configDefaultsAndValidation() {
        SupabaseConfig c = new SupabaseConfig(SECRET, null, null, null);
        assertEquals("authenticated", c.audience());
        assertFalse(c.toString().contains(SECRET), "secret stays out of logs");
        assertThrows(IllegalArgumentException.class, () -> new SupabaseTokenVerifier(new SupabaseConfig("short", null, null, null)));
        assertThrows(IllegalArgumentException.class,
                () -> new SupabaseTokenVerifier(new SupabaseConfig(null, "http://abcd.supabase.co/jwks.json", null, null)));
        assertThrows(IllegalArgumentException.class,
                () -> new SupabaseTokenVerifier(new SupabaseConfig(null, "not a url", null, null)));
        try (SupabaseTokenVerifier v = new SupabaseTokenVerifier(
                new SupabaseConfig(null, "https://abcd.supabase.co/auth/v1/.well-known/jwks.json", ISS, null))) {
            assertTrue(v.isEnabled(), "keys are fetched lazily, so construction needs no network");
        }
    }

    private static SupabaseTokenVerifier hs(String issuer) {
        return new SupabaseTokenVerifier(new SupabaseConfig(SECRET, null, issuer, "authenticated"), clock(T0));
    }

    private static Clock clock(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("3f1c-user").issuer(ISS).audience("authenticated")
                .claim("email", "a@example.org").claim("role", "authenticated").issueTime(Date.from(T0.minusSeconds(10)))
                .expirationTime(Date.from(T0.plusSeconds(3600)));
    }

    private static String sign(String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static void assertReason(Reason reason, SupabaseTokenVerifier v, String token) {
        assertEquals(reason, assertThrows(TokenException.class, () -> v.verify(token)).reason());
    }
}
