package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.auth.internal.crypto.SupabaseTokenVerifier.SupabaseConfig;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;
import org.universo.platformo.auth.spi.ExternalIdentity;

/** ES256 and RS256 Supabase tokens checked against keys served by a real JWKS endpoint on loopback. */
class SupabaseJwksTest {
    private static final String SECRET = "your-super-secret-jwt-token-with-at-least-32-characters";
    private static final String ISS = "https://abcd.supabase.co/auth/v1";
    private static ECKey ec;
    private static RSAKey rsa;

    private JwksServer jwks;
    private SupabaseTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-key").algorithm(JWSAlgorithm.ES256).generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-key").generate();
    }

    @BeforeEach
    void start() throws Exception {
        jwks = new JwksServer(List.of(ec, rsa));
        verifier = new SupabaseTokenVerifier(new SupabaseConfig(null, jwks.url(), ISS, null));
    }

    @AfterEach
    void stop() {
        verifier.close();
        jwks.close();
    }

    @Test
    void es256AndRs256VerifyWithServedKeys() throws Exception {
        ExternalIdentity a = verifier.verify(sign(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-key", claims("ec-user")));
        ExternalIdentity b = verifier.verify(sign(new RSASSASigner(rsa), JWSAlgorithm.RS256, "rsa-key", claims("rsa-user")));
        assertEquals("supabase", a.provider());
        assertEquals("ec-user", a.subject());
        assertEquals("rsa-user", b.subject());
        assertEquals("ec-user@example.org", a.email());
        assertEquals(1, jwks.hits(), "the key set is fetched once and then cached");
    }

    @Test
    void unknownKidIsRefused() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("not-published").generate();
        assertReason(Reason.BAD_SIGNATURE, sign(new ECDSASigner(stranger), JWSAlgorithm.ES256, "not-published", claims("x")));
        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID("ec-key").generate();
        assertReason(Reason.BAD_SIGNATURE, sign(new ECDSASigner(impostor), JWSAlgorithm.ES256, "ec-key", claims("x")));
    }

    @Test
    void keyMustMatchTheAlgorithm() throws Exception {
        RSAKey otherRsa = new RSAKeyGenerator(2048).keyID("ec-key").generate();
        // RS256 naming the EC key's kid: no RSA key has that kid, so nothing can verify it.
        assertReason(Reason.BAD_SIGNATURE, sign(new RSASSASigner(otherRsa), JWSAlgorithm.RS256, "ec-key", claims("x")));
        assertReason(Reason.UNSUPPORTED_ALGORITHM, sign(new RSASSASigner(rsa), JWSAlgorithm.PS256, "rsa-key", claims("x")));
        assertReason(Reason.UNSUPPORTED_ALGORITHM, sign(new RSASSASigner(rsa), JWSAlgorithm.RS512, "rsa-key", claims("x")));
    }

    @Test
    void hs256IsRefusedWhenOnlyJwksIsConfigured() throws Exception {
        MACSigner mac = new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8));
        assertReason(Reason.UNSUPPORTED_ALGORITHM, sign(mac, JWSAlgorithm.HS256, null, claims("x")));
        // Classic alg confusion: HMAC keyed with the published RSA public key must not pass either.
        MACSigner confused = new MACSigner(rsa.toPublicJWK().toRSAPublicKey().getEncoded());
        assertReason(Reason.UNSUPPORTED_ALGORITHM, sign(confused, JWSAlgorithm.HS256, "rsa-key", claims("x")));
    }

    @Test
    void secretAndJwksCanBeUsedTogether() throws Exception {
        try (SupabaseTokenVerifier both = new SupabaseTokenVerifier(new SupabaseConfig(SECRET, jwks.url(), ISS, null))) {
            MACSigner mac = new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8));
            assertEquals("h", both.verify(sign(mac, JWSAlgorithm.HS256, null, claims("h"))).subject());
            assertEquals("e", both.verify(sign(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-key", claims("e"))).subject());
        }
    }

    @Test
    void claimRulesApplyToJwksTokensToo() throws Exception {
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims("x"))
                .expirationTime(new Date(System.currentTimeMillis() - 120_000)).build();
        assertReason(Reason.EXPIRED, sign(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-key", expired));
        JWTClaimsSet anon = new JWTClaimsSet.Builder(claims("x")).audience("anon").build();
        assertReason(Reason.WRONG_AUDIENCE, sign(new RSASSASigner(rsa), JWSAlgorithm.RS256, "rsa-key", anon));
        JWTClaimsSet noSub = new JWTClaimsSet.Builder(claims("x")).subject(null).build();
        assertReason(Reason.MISSING_CLAIM, sign(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-key", noSub));
    }

    @Test
    void unreachableJwksFailsFastAndClosed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/auth/v1/.well-known/jwks.json";
        try (SupabaseTokenVerifier offline = new SupabaseTokenVerifier(new SupabaseConfig(null, url, ISS, null))) {
            String token = sign(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-key", claims("x"));
            long start = System.nanoTime();
            TokenException e = assertThrows(TokenException.class, () -> offline.verify(token));
            assertEquals(Reason.BAD_SIGNATURE, e.reason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "short HTTP timeouts");
        }
    }

    private void assertReason(Reason reason, String token) {
        assertEquals(reason, assertThrows(TokenException.class, () -> verifier.verify(token)).reason());
    }

    private static JWTClaimsSet claims(String sub) {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().subject(sub).issuer(ISS).audience("authenticated")
                .claim("email", sub + "@example.org").claim("role", "authenticated")
                .issueTime(new Date(now)).expirationTime(new Date(now + 3_600_000)).build();
    }

    private static String sign(JWSSigner signer, JWSAlgorithm alg, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
