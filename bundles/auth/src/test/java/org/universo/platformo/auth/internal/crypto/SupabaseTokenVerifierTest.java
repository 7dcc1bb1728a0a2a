package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.universo.platformo.auth.spi.ExternalIdentity;

/** Supabase-shaped tokens: HS256 with the project secret, ES256/RS256 with keys served by a real JWKS endpoint. */
class SupabaseTokenVerifierTest {
    private static final String SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";
    private static final String ISSUER = "https://project.supabase.co/auth/v1";

    private HttpServer server;
    private ECKey ec;
    private RSAKey rsa;
    private final AtomicInteger jwksHits = new AtomicInteger();
    private String jwksUrl;

    @BeforeEach
    void serveJwks() throws Exception {
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        byte[] body = new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK())).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/auth/v1/.well-known/jwks.json", ex -> {
            jwksHits.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        jwksUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/v1/.well-known/jwks.json";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void hs256WithTheProjectSecret() throws Exception {
        SupabaseTokenVerifier v = verifier(SECRET, null);
        ExternalIdentity id = v.verify(token(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null, claims("user-1", "authenticated", 300)));
        assertEquals("user-1", id.subject());
        assertEquals("user-1@example.org", id.email());
        assertReason(TokenException.Reason.BAD_SIGNATURE, v, token(new MACSigner((SECRET + "x").getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null, claims("user-1", "authenticated", 300)));
        assertReason(TokenException.Reason.EXPIRED, v, token(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null, claims("user-1", "authenticated", -120)));
        assertReason(TokenException.Reason.WRONG_AUDIENCE, v, token(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null, claims("user-1", "anon-audience", 300)));
        assertReason(TokenException.Reason.MISSING_CLAIM, v, token(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null, claims(null, "authenticated", 300)));
        assertReason(TokenException.Reason.UNSUPPORTED_ALGORITHM, v, token(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-1",
                claims("user-1", "authenticated", 300)));
    }

    @Test
    void es256AndRs256ThroughTheJwksEndpoint() throws Exception {
        SupabaseTokenVerifier v = verifier(null, jwksUrl);
        assertEquals("ec-user", v.verify(token(new ECDSASigner(ec), JWSAlgorithm.ES256, "ec-1",
                claims("ec-user", "authenticated", 300))).subject());
        assertEquals("rsa-user", v.verify(token(new RSASSASigner(rsa), JWSAlgorithm.RS256, "rsa-1",
                claims("rsa-user", "authenticated", 300))).subject());
        assertEquals(1, jwksHits.get(), "keys are fetched once and cached");

        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("unknown").generate();
        assertThrows(TokenException.class, () -> v.verify(token(new ECDSASigner(stranger), JWSAlgorithm.ES256, "unknown",
                claims("x", "authenticated", 300))));
        ECKey sameKidOtherKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        assertReason(TokenException.Reason.BAD_SIGNATURE, v, token(new ECDSASigner(sameKidOtherKey), JWSAlgorithm.ES256, "ec-1",
                claims("x", "authenticated", 300)));
        assertReason(TokenException.Reason.UNSUPPORTED_ALGORITHM, v, token(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null, claims("x", "authenticated", 300)));
    }

    @Test
    void unconfiguredVerifierRefusesEverything() {
        SupabaseTokenVerifier v = verifier(null, null);
        assertFalse(v.isEnabled());
        assertReason(TokenException.Reason.NOT_CONFIGURED, v, "a.b.c");
    }

    private static void assertReason(TokenException.Reason reason, SupabaseTokenVerifier v, String token) {
        assertEquals(reason, assertThrows(TokenException.class, () -> v.verify(token)).reason());
    }

    private static SupabaseTokenVerifier verifier(String secret, String jwks) {
        return new SupabaseTokenVerifier(new SupabaseTokenVerifier.SupabaseConfig(secret, jwks, ISSUER, "authenticated"));
    }

    private static JWTClaimsSet claims(String sub, String aud, int expiresInSeconds) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(ISSUER).audience(aud).claim("role", "authenticated")
                .claim("email", sub + "@example.org").issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000L));
        return sub == null ? b.build() : b.subject(sub).build();
    }

    private static String token(JWSSigner signer, JWSAlgorithm alg, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
