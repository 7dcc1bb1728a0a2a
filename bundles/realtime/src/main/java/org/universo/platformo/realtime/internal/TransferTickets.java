package org.universo.platformo.realtime.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Seats held for players whose ship went to another world: the room they left hands them a single-use ticket in
 * {@code system.transfer}, and the destination's room takes it on the join ({@code &transfer=}) for that player and
 * world only, before it expires. A ticket holder's seat was reserved when the ship arrived, so a full room still
 * takes them; who may enter the world is still asked as for any join.
 */
final class TransferTickets {
    record Ticket(String userId, String entityId, String worldId, long expiresAtMs) {
    }

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier clock;
    private final long ttlMs;
    private final Map<String, Ticket> held = new LinkedHashMap<>();

    TransferTickets(LongSupplier clock, long ttlMs) {
        this.clock = clock;
        this.ttlMs = ttlMs;
    }

    synchronized String issue(String userId, String entityId, String worldId) {
        long now = clock.getAsLong();
        // issued in time order, so the expired ones are at the front
        for (Iterator<Ticket> it = held.values().iterator(); it.hasNext(); ) {
            if (it.next().expiresAtMs() > now) {
                break;
            }
            it.remove();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        held.put(token, new Ticket(userId, entityId, worldId, now + ttlMs));
        return token;
    }

    /** The ticket, once: for this player and world, unexpired; a ticket asked for by anyone else stays theirs. */
    synchronized Optional<Ticket> redeem(String token, String userId, String worldId) {
        Ticket t = token == null ? null : held.get(token);
        if (t == null || !t.userId().equals(userId) || !t.worldId().equals(worldId)) {
            return Optional.empty();
        }
        held.remove(token);
        return t.expiresAtMs() > clock.getAsLong() ? Optional.of(t) : Optional.empty();
    }

    synchronized int size() {
        return held.size();
    }
}
