package org.universo.platformo.template.engine.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unsaved previews in memory, each behind a random token, for {@code ttlSeconds}. Bounded in count and bytes: the
 * oldest go first, so previews can never exhaust the heap.
 */
final class PreviewCache {
    record Entry(Map<String, byte[]> files, long bytes, Instant expiresAt, Instant createdAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final int maxEntries;
    private final long maxBytes;
    private final long ttlSeconds;

    PreviewCache(int maxEntries, long maxBytes, long ttlSeconds) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.ttlSeconds = ttlSeconds;
    }

    synchronized String put(Map<String, byte[]> files, long bytes) {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = Instant.now();
        entries.values().removeIf(e -> e.expiresAt().isBefore(now));
        entries.put(token, new Entry(files, bytes, now.plusSeconds(ttlSeconds), now));
        while (entries.size() > maxEntries || total() > maxBytes && entries.size() > 1) {
            entries.entrySet().stream().min(Comparator.comparing(e -> e.getValue().createdAt()))
                    .ifPresent(e -> entries.remove(e.getKey()));
        }
        return token;
    }

    Optional<Entry> get(String token) {
        Entry e = token == null ? null : entries.get(token);
        return e == null || e.expiresAt().isBefore(Instant.now()) ? Optional.empty() : Optional.of(e);
    }

    private long total() {
        return entries.values().stream().mapToLong(Entry::bytes).sum();
    }
}
