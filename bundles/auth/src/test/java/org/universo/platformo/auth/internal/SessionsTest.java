package org.universo.platformo.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.internal.crypto.PasswordHasher;
import org.universo.platformo.auth.internal.crypto.RefreshTokens;
import org.universo.platformo.auth.internal.store.UserEntity;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/** Refresh-token rotation and reuse detection on the real auth schema, in H2 and in PostgreSQL. */
class SessionsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final List<String> revoked = new ArrayList<>();

    @Test
    void rotationGraceAndReuseOnH2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        exactlyOneFirstAdministrator(ds);
        anEmailRegisteredTwiceKeepsItsAccount(ds);
        scenario(ds);
    }

    @Test
    void rotationGraceAndReuseOnPostgres() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/";
        boolean up;
        try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", "")) {
            up = c.isValid(2);
        } catch (Exception e) {
            up = false;
        }
        assumeTrue(up || System.getenv("CI") != null, "PostgreSQL not running");
        String db = "universo_ut_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url + db);
            ds.setUser("postgres");
            exactlyOneFirstAdministrator(ds);
        anEmailRegisteredTwiceKeepsItsAccount(ds);
            scenario(ds);
            concurrentRefreshesOfOneTokenNeverBothRotateUnseen(ds);
        } finally {
            try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    private void scenario(DataSource ds) {
        Database db = new JdbcDatabase(ds);
        db.migrate("auth", AuthManager.class);
        try (JpaUnit unit = db.openUnit("auth", Entities.ALL)) {
            Sessions sessions = sessions(unit);
            String userId = user(unit);
            Sessions.Issued first = sessions.open(userId, "local");
            Sessions.Issued second = sessions.refresh(first.refreshToken());
            assertEquals(first.sessionId(), second.sessionId());
            assertNotEquals(first.refreshToken(), second.refreshToken());

            clock.advance(Duration.ofSeconds(5));
            Sessions.Issued sibling = sessions.refresh(first.refreshToken());
            assertEquals(first.sessionId(), sibling.sessionId(), "within the grace interval a rotated token still works");
            assertEquals(second.refreshToken(), sibling.refreshToken(), "and yields the same successor");
            assertFalse(sessions.isRevoked(first.sessionId()));

            clock.advance(Duration.ofSeconds(6));
            ApiException reuse = assertThrows(ApiException.class, () -> sessions.refresh(first.refreshToken()));
            assertEquals(ErrorCode.TOKEN_INVALID, reuse.code());
            assertEquals(List.of(first.sessionId() + ":refresh_token_reuse"), revoked);
            assertThrows(ApiException.class, () -> sessions.refresh(second.refreshToken()), "family revoked");
            assertThrows(ApiException.class, () -> sessions.refresh(sibling.refreshToken()), "family revoked");
            assertTrue(sessions.isRevoked(first.sessionId()));

            Sessions.Issued other = sessions.open(userId, "local");
            clock.advance(Duration.ofDays(31));
            assertEquals(ErrorCode.TOKEN_EXPIRED,
                    assertThrows(ApiException.class, () -> sessions.refresh(other.refreshToken())).code());
            assertEquals(ErrorCode.TOKEN_INVALID,
                    assertThrows(ApiException.class, () -> sessions.refresh("never-issued-token-value")).code());

            Sessions.Issued third = sessions.open(userId, "local");
            sessions.revoke(third.sessionId(), "logout");
            assertThrows(ApiException.class, () -> sessions.refresh(third.refreshToken()));
        }
    }

    /** Two nodes refreshing the same token at once: row locks serialise them, so both see a consistent state. */
    private void concurrentRefreshesOfOneTokenNeverBothRotateUnseen(DataSource ds) throws Exception {
        Database db = new JdbcDatabase(ds);
        try (JpaUnit unit = db.openUnit("auth", Entities.ALL)) {
            Sessions sessions = sessions(unit);
            Sessions.Issued s = sessions.open(user(unit), "local");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Sessions.Issued>> all = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    all.add(pool.submit(() -> sessions.refresh(s.refreshToken())));
                }
                java.util.Set<String> successors = new java.util.HashSet<>();
                for (Future<Sessions.Issued> f : all) {
                    assertEquals(s.sessionId(), f.get().sessionId(), "within grace every racer succeeds");
                    successors.add(f.get().refreshToken());
                }
                assertEquals(1, successors.size(), "one successor, not a live branch per racer");
            } finally {
                pool.shutdownNow();
            }
            assertFalse(sessions.isRevoked(s.sessionId()));
        }
    }

    /** Eight first registrations at once on a fresh database: one administrator, as the bootstrap row says. */
    private void exactlyOneFirstAdministrator(DataSource ds) throws Exception {
        Database db = new JdbcDatabase(ds);
        db.migrate("auth", AuthManager.class);
        try (JpaUnit unit = db.openUnit("auth", Entities.ALL)) {
            Accounts accounts = new Accounts(unit, new PasswordHasher(8192, 1, 1), clock, 8, true);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<Future<UserEntity>> all = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String email = "first-" + i + "@example.org";
                    all.add(pool.submit(() -> {
                        go.await();
                        return accounts.register(email, "long enough 1", null).orElseThrow();
                    }));
                }
                go.countDown();
                int admins = 0;
                for (Future<UserEntity> f : all) {
                    admins += f.get().roles.contains("admin") ? 1 : 0;
                }
                assertEquals(1, admins, "one first administrator, however many register at once");
            } finally {
                pool.shutdownNow();
            }
            assertFalse(new Accounts(unit, new PasswordHasher(8192, 1, 1), clock, 8, true)
                    .register("later@example.org", "long enough 1", null).orElseThrow().roles.contains("admin"));
        }
    }

    /** Registering a taken email (even six at once) creates nothing, changes nothing and throws nothing. */
    private void anEmailRegisteredTwiceKeepsItsAccount(DataSource ds) throws Exception {
        Database db = new JdbcDatabase(ds);
        db.migrate("auth", AuthManager.class);
        try (JpaUnit unit = db.openUnit("auth", Entities.ALL)) {
            Accounts accounts = new Accounts(unit, new PasswordHasher(8192, 1, 1), clock, 8, true);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<Future<java.util.Optional<UserEntity>>> all = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    String password = "long enough " + i;
                    all.add(pool.submit(() -> {
                        go.await();
                        return accounts.register("Twice@Example.org", password, null);
                    }));
                }
                go.countDown();
                int created = 0;
                String winner = null;
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).get().isPresent()) {
                        created++;
                        winner = "long enough " + i;
                    }
                }
                assertEquals(1, created, "one account for one email, however many register it at once");
                assertTrue(accounts.register("twice@example.org", "another password 9", "Mallory").isEmpty());
                assertEquals(accounts.authenticate("twice@example.org", winner).id,
                        accounts.authenticate("TWICE@example.org ", winner).id);
                assertThrows(ApiException.class, () -> accounts.authenticate("twice@example.org", "another password 9"),
                        "a second registration does not change the password");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private Sessions sessions(JpaUnit unit) {
        return new Sessions(unit, new RefreshTokens("test rotation key".getBytes()), clock, Duration.ofDays(30), Duration.ofSeconds(10),
                (sessionId, userId, reason) -> revoked.add(sessionId + ":" + reason));
    }

    private String user(JpaUnit unit) {
        Accounts accounts = new Accounts(unit, new PasswordHasher(8192, 1, 1), clock, 8, true);
        UserEntity u = accounts.register(UUID.randomUUID() + "@example.org", "long enough 1", null).orElseThrow();
        return u.id;
    }
}
