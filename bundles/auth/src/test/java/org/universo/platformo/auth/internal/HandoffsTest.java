package org.universo.platformo.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.internal.crypto.PasswordHasher;
import org.universo.platformo.auth.internal.crypto.RefreshTokens;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/** A hand-off code signs in once, before it expires, and only its hash is kept; on the real auth schema (H2). */
class HandoffsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void aCodeIsRedeemedOnceBeforeItExpires() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        Database db = new JdbcDatabase(ds);
        db.migrate("auth", AuthManager.class);
        try (JpaUnit unit = db.openUnit("auth", Entities.ALL)) {
            RefreshTokens tokens = new RefreshTokens(new byte[32]);
            Handoffs handoffs = new Handoffs(unit, tokens, clock, Duration.ofSeconds(60));
            String user = new Accounts(unit, new PasswordHasher(8192, 1, 1), clock, 8, true)
                    .register(UUID.randomUUID() + "@example.org", "long enough 1", null).orElseThrow().id;

            String code = handoffs.issue(user);
            assertEquals(user, handoffs.redeem(code));
            assertEquals(401, assertThrows(ApiException.class, () -> handoffs.redeem(code)).httpStatus(),
                    "a used code");

            String late = handoffs.issue(user);
            assertNotEquals(code, late);
            clock.advance(Duration.ofSeconds(61));
            assertEquals(401, assertThrows(ApiException.class, () -> handoffs.redeem(late)).httpStatus(),
                    "an expired code");
            String fresh = handoffs.issue(user);
            clock.advance(Duration.ofSeconds(59));
            assertEquals(user, handoffs.redeem(fresh), "within its minute");
            assertEquals(401, assertThrows(ApiException.class, () -> handoffs.redeem("not-a-code")).httpStatus());
            assertEquals(0L, (long) unit.read(em -> em.createQuery("SELECT COUNT(h) FROM HandoffEntity h WHERE "
                    + "h.codeHash = :c", Long.class).setParameter("c", code).getSingleResult()), "no code is stored");
        }
    }
}
