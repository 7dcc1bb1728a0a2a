package org.universo.platformo.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.universo.platformo.auth.internal.crypto.AccessTokens;
import org.universo.platformo.auth.internal.crypto.RefreshTokens;
import org.universo.platformo.auth.internal.crypto.TokenException;

/**
 * The per-request token work of the auth bundle, single-threaded: HS256 access-token verification (what every
 * authenticated request pays before the revocation lookup), issuing one (login, refresh) and making a refresh
 * token plus its SHA-256 (login, refresh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokenBenchmarks {
    private AccessTokens tokens;
    private RefreshTokens refresh;
    private String userId;
    private String sessionId;
    private Set<String> roles;
    private String token;

    @Setup
    public void setUp() {
        // same shape as production: 32+ byte secret, default issuer/audience, 15 min lifetime, UTC clock
        byte[] secret = "bench-secret-0123456789-abcdefghijklmnop".getBytes(StandardCharsets.UTF_8);
        tokens = new AccessTokens(secret, "universo-platformo", "universo-platformo", Duration.ofSeconds(900),
                Clock.systemUTC());
        refresh = new RefreshTokens();
        userId = UUID.randomUUID().toString();
        sessionId = UUID.randomUUID().toString();
        roles = Set.of("user");
        token = tokens.issue(userId, sessionId, roles);
    }

    @Benchmark
    public AccessTokens.AccessClaims accessTokenVerify() throws TokenException {
        return tokens.verify(token);
    }

    @Benchmark
    public String accessTokenIssue() {
        return tokens.issue(userId, sessionId, roles);
    }

    @Benchmark
    public String refreshTokenNewAndHash() {
        return refresh.hash(refresh.newToken());
    }
}
