package org.universo.platformo.realtime.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Open room connections per user on this node. Without a cap one account can hold any number of sockets (and
 * avatars) open and crowd a room; a player needs a few (a reconnecting tab, a second device).
 */
final class UserConnections {
    private final int limit;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    /** Live links per auth session, to close them when the session is revoked. */
    private final ConcurrentHashMap<String, java.util.Set<Link>> bySession = new ConcurrentHashMap<>();

    UserConnections(int limit) {
        this.limit = limit;
    }

    /** Counts one more connection of {@code userId}, or answers false (and counts nothing) at the limit. */
    boolean acquire(String userId) {
        boolean[] admitted = {false};
        open.compute(userId, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= limit) {
                return n;
            }
            admitted[0] = true;
            return now + 1;
        });
        return admitted[0];
    }

    void release(String userId) {
        open.computeIfPresent(userId, (k, n) -> n <= 1 ? null : n - 1);
    }

    void track(String sessionId, Link link) {
        if (sessionId != null) {
            bySession.computeIfAbsent(sessionId, k -> ConcurrentHashMap.newKeySet()).add(link);
        }
    }

    void untrack(String sessionId, Link link) {
        if (sessionId != null) {
            bySession.computeIfPresent(sessionId, (k, links) -> links.remove(link) && links.isEmpty() ? null : links);
        }
    }

    /** Closes every connection of a revoked session with 4001; answers how many. */
    int closeSession(String sessionId) {
        java.util.Set<Link> links = bySession.remove(sessionId);
        if (links == null) {
            return 0;
        }
        links.forEach(l -> l.close(4001, "session_revoked"));
        return links.size();
    }

    int open(String userId) {
        return open.getOrDefault(userId, 0);
    }

    int limit() {
        return limit;
    }
}
