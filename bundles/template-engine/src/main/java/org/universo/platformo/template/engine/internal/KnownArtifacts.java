package org.universo.platformo.template.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input hashes whose artifact was seen complete recently. An artifact never changes once stored, so a rebuild of the
 * same input may skip the index row and the store's existence check for a while; the time limit bounds how long an
 * artifact removed behind the platform's back (by an operator, a bucket lifecycle rule) is still taken as present.
 */
final class KnownArtifacts {
    private final int capacity;
    private final long ttlNanos;
    private final Map<String, Long> seen = new LinkedHashMap<>(64, 0.75f, true);

    KnownArtifacts(int capacity, long ttlMillis) {
        this.capacity = capacity;
        this.ttlNanos = ttlMillis * 1_000_000L;
    }

    synchronized boolean known(String hash) {
        Long at = seen.get(hash);
        if (at == null) {
            return false;
        }
        if (System.nanoTime() - at > ttlNanos) {
            seen.remove(hash);
            return false;
        }
        return true;
    }

    synchronized void remember(String hash) {
        seen.put(hash, System.nanoTime());
        if (seen.size() > capacity) {
            seen.remove(seen.keySet().iterator().next());
        }
    }
}
