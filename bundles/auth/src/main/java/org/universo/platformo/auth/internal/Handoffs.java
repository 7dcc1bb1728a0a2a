package org.universo.platformo.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.persistence.LockModeType;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.internal.crypto.RefreshTokens;
import org.universo.platformo.auth.internal.store.HandoffEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * One-time hand-off codes: a signed-in user asks for one, a page they open redeems it once for a session of its own.
 * The code has 256 bits and only its hash is stored; it is good for {@code ttl} and used once, whoever comes first.
 */
final class Handoffs {
    private final JpaUnit unit;
    private final RefreshTokens tokens;
    private final Clock clock;
    private final Duration ttl;

    Handoffs(JpaUnit unit, RefreshTokens tokens, Clock clock, Duration ttl) {
        this.unit = unit;
        this.tokens = tokens;
        this.clock = clock;
        this.ttl = ttl;
    }

    Duration ttl() {
        return ttl;
    }

    /** A new code for the user. Codes past their time are cleared on the way. */
    String issue(String userId) {
        String code = tokens.newToken();
        OffsetDateTime now = now();
        unit.txRun(em -> {
            em.createQuery("DELETE FROM HandoffEntity h WHERE h.expiresAt < :old").setParameter("old", now.minus(ttl))
                    .executeUpdate();
            HandoffEntity h = new HandoffEntity();
            h.codeHash = tokens.hash(code);
            h.userId = userId;
            h.createdAt = now;
            h.expiresAt = now.plus(ttl);
            em.persist(h);
        });
        return code;
    }

    /** The user the code was issued to; a 401 for a code unknown, used or expired, which is then spent either way. */
    String redeem(String code) {
        if (code == null || code.isBlank() || code.length() > 200) {
            throw refused();
        }
        String userId = unit.tx(em -> {
            HandoffEntity h = em.find(HandoffEntity.class, tokens.hash(code), LockModeType.PESSIMISTIC_WRITE);
            if (h == null || h.usedAt != null) {
                return null;
            }
            h.usedAt = now();
            return h.expiresAt.isAfter(h.usedAt) ? h.userId : null;
        });
        if (userId == null) {
            throw refused();
        }
        return userId;
    }

    private static ApiException refused() {
        return new ApiException(ErrorCode.UNAUTHORIZED, "The hand-off code is unknown, used or expired: sign in instead");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
