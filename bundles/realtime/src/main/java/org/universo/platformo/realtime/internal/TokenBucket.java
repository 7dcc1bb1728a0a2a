package org.universo.platformo.realtime.internal;

/** A rate limit: {@code rate} units per second on average, bursts up to {@code burst}. One connection's thread. */
final class TokenBucket {
    private final double rate;
    private final double burst;
    private double tokens;
    private long lastNanos;

    TokenBucket(double rate, double burst) {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = System.nanoTime();
    }

    boolean take(double n) {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastNanos) / 1e9 * rate);
        lastNanos = now;
        if (tokens < n) {
            return false;
        }
        tokens -= n;
        return true;
    }
}
