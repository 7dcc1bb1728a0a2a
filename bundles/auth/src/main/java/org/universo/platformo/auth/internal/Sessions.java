package org.universo.platformo.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.LockModeType;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.internal.crypto.RefreshTokens;
import org.universo.platformo.auth.internal.store.RefreshTokenEntity;
import org.universo.platformo.auth.internal.store.SessionEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * Sessions and their refresh-token families. Each refresh rotates the token; presenting a rotated token
 * after the grace interval means it was copied, so the whole family is revoked (as Supabase Auth does).
 */
final class Sessions {
    /** A refreshed session: its id, user and the new opaque refresh token. */
    record Issued(String sessionId, String userId, String refreshToken) {
    }

    /** What happened to a session, for events and metrics. */
    interface Listener {
        void revoked(String sessionId, String userId, String reason);
    }

    private static final Duration REVOCATION_CACHE = Duration.ofSeconds(5);

    private final JpaUnit unit;
    private final RefreshTokens tokens;
    private final Clock clock;
    private final Duration sessionTtl;
    private final Duration grace;
    private final Listener listener;
    private final Map<String, Instant[]> revocationCache = new ConcurrentHashMap<>();

    Sessions(JpaUnit unit, RefreshTokens tokens, Clock clock, Duration sessionTtl, Duration grace, Listener listener) {
        this.unit = unit;
        this.tokens = tokens;
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.grace = grace;
        this.listener = listener;
    }

    Issued open(String userId, String provider) {
        String raw = tokens.newToken();
        String id = UUID.randomUUID().toString();
        unit.txRun(em -> {
            SessionEntity s = new SessionEntity();
            s.id = id;
            s.userId = userId;
            s.provider = provider;
            s.createdAt = now();
            s.expiresAt = s.createdAt.plus(sessionTtl);
            em.persist(s);
            em.flush(); // the token row references the session row; EclipseLink does not order unmapped FKs
            em.persist(token(tokens.hash(raw), id, null));
        });
        return new Issued(id, userId, raw);
    }

    Issued refresh(String raw) {
        String hash = tokens.hash(raw);
        String[] revokedFor = new String[2];
        Issued issued = unit.tx(em -> {
            RefreshTokenEntity t = em.find(RefreshTokenEntity.class, hash, LockModeType.PESSIMISTIC_WRITE);
            if (t == null) {
                throw new ApiException(ErrorCode.TOKEN_INVALID, "Refresh token is not valid");
            }
            SessionEntity s = em.find(SessionEntity.class, t.sessionId, LockModeType.PESSIMISTIC_WRITE);
            if (s.revokedAt != null) {
                throw new ApiException(ErrorCode.TOKEN_INVALID, "Session has been revoked");
            }
            OffsetDateTime now = now();
            if (!s.expiresAt.isAfter(now)) {
                throw new ApiException(ErrorCode.TOKEN_EXPIRED, "Session has expired; sign in again");
            }
            if (t.rotatedAt != null && t.rotatedAt.plus(grace).isBefore(now)) {
                s.revokedAt = now;
                s.revokedReason = "refresh_token_reuse";
                revokedFor[0] = s.id;
                revokedFor[1] = s.userId;
                return null;
            }
            if (t.rotatedAt == null) {
                // millisecond precision survives every database, so a racer that reads it back derives the same
                t.rotatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            }
            String next = tokens.successor(raw, t.rotatedAt.toInstant().toEpochMilli());
            String nextHash = tokens.hash(next);
            if (em.find(RefreshTokenEntity.class, nextHash) == null) {
                em.persist(token(nextHash, s.id, hash));
            }
            return new Issued(s.id, s.userId, next);
        });
        if (issued == null) {
            revocationCache.remove(revokedFor[0]);
            listener.revoked(revokedFor[0], revokedFor[1], "refresh_token_reuse");
            throw new ApiException(ErrorCode.TOKEN_INVALID, "Refresh token was already used; the session is revoked");
        }
        return issued;
    }

    void revoke(String sessionId, String reason) {
        String userId = unit.tx(em -> {
            SessionEntity s = em.find(SessionEntity.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
            if (s == null || s.revokedAt != null) {
                return null;
            }
            s.revokedAt = now();
            s.revokedReason = reason;
            return s.userId;
        });
        revocationCache.remove(sessionId);
        if (userId != null) {
            listener.revoked(sessionId, userId, reason);
        }
    }

    /** Revokes every live session of {@code userId}; answers how many. */
    int revokeAll(String userId, String reason) {
        java.util.List<String> live = unit.read(em -> em.createQuery("SELECT s.id FROM SessionEntity s WHERE "
                + "s.userId = :u AND s.revokedAt IS NULL", String.class).setParameter("u", userId).getResultList());
        live.forEach(id -> revoke(id, reason));
        return live.size();
    }

    /** Whether access tokens of this session must be refused; read from the database at most every 5 s. */
    boolean isRevoked(String sessionId) {
        Instant now = clock.instant();
        Instant[] cached = revocationCache.get(sessionId);
        if (cached != null && cached[0].isAfter(now)) {
            return cached[1] != null;
        }
        SessionEntity s = unit.read(em -> em.find(SessionEntity.class, sessionId));
        boolean revoked = s == null || s.revokedAt != null;
        if (revocationCache.size() > 100_000) {
            revocationCache.clear();
        }
        revocationCache.put(sessionId, new Instant[] {now.plus(REVOCATION_CACHE), revoked ? now : null});
        return revoked;
    }

    private RefreshTokenEntity token(String hash, String sessionId, String parent) {
        RefreshTokenEntity t = new RefreshTokenEntity();
        t.tokenHash = hash;
        t.sessionId = sessionId;
        t.parentHash = parent;
        t.createdAt = now();
        return t;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
