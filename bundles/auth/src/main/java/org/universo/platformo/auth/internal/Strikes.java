package org.universo.platformo.auth.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts strikes per key and, past a free allowance, makes the key wait 1 s, 2 s, 4 s ... (capped) before its
 * next attempt: a progressive delay, never a lock that outlasts the cap. A key with no strike for the quiet period
 * is forgotten. Memory is bounded: past {@code maxKeys} the least recently used keys go, one by one.
 */
final class Strikes {
    private record State(int strikes, Instant nextAllowed) {
    }

    private final Clock clock;
    private final int free;
    private final Duration cap;
    private final Cache<String, State> states;

    Strikes(Clock clock, int free, Duration cap, Duration quiet, long maxKeys) {
        this.clock = clock;
        this.free = free;
        this.cap = cap;
        this.states = Caffeine.newBuilder()
                .ticker(ticker(clock))
                .expireAfterWrite(quiet)
                .maximumSize(maxKeys)
                .executor(Runnable::run)
                .build();
    }

    /** Seconds {@code key} must still wait, or 0 when it may try now. */
    long waitSeconds(String key) {
        State s = states.getIfPresent(key);
        Instant now = clock.instant();
        if (s == null || s.nextAllowed() == null || !s.nextAllowed().isAfter(now)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, s.nextAllowed()).toSeconds());
    }

    void strike(String key) {
        Instant now = clock.instant();
        states.asMap().compute(key, (k, s) -> {
            int n = s == null ? 1 : s.strikes() + 1;
            Instant next = n < free ? null
                    : now.plusSeconds(Math.min(cap.toSeconds(), 1L << Math.min(30, n - free)));
            return new State(n, next);
        });
    }

    void forgive(String key) {
        states.invalidate(key);
    }

    long size() {
        states.cleanUp();
        return states.estimatedSize();
    }

    /** Caffeine reads time from a ticker: this one follows the component's clock, so tests can drive it. */
    static Ticker ticker(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }
}
