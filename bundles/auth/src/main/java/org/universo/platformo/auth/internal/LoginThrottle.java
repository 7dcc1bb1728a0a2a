package org.universo.platformo.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;

/**
 * Slows down password guessing: after a run of failed sign-ins an account is locked for a time that doubles
 * with each further failure (capped), and a client address that fails very often is refused for a while.
 * Node-local: with several nodes each one applies the limit on its own.
 */
final class LoginThrottle {
    private static final int MAX_ENTRIES = 100_000;

    /** Failures of one key and until when it is locked. */
    private record State(int failures, Instant lockedUntil, Instant lastFailure) {
    }

    private final Clock clock;
    private final int freeFailures;
    private final Duration maxLock;
    private final int perAddressLimit;
    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int freeFailures, Duration maxLock, int perAddressLimit) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxLock = maxLock;
        this.perAddressLimit = perAddressLimit;
    }

    /** Throws 429 with retryAfterSeconds when the account or the address is locked now. */
    void check(String account, String address) {
        Instant now = clock.instant();
        for (State s : new State[] {accounts.get(account), address == null ? null : addresses.get(address)}) {
            if (s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
                long wait = Math.max(1, Duration.between(now, s.lockedUntil()).toSeconds());
                throw new ApiException(ErrorCode.RATE_LIMITED, "Too many failed sign-ins; try again later",
                        Map.of("retryAfterSeconds", wait));
            }
        }
    }

    void failure(String account, String address) {
        Instant now = clock.instant();
        trim();
        accounts.compute(account, (k, s) -> next(s, now, freeFailures));
        if (address != null) {
            addresses.compute(address, (k, s) -> next(s, now, perAddressLimit));
        }
    }

    void success(String account) {
        accounts.remove(account);
    }

    private State next(State s, Instant now, int free) {
        // a quiet period forgives earlier failures
        int failures = s == null || s.lastFailure().plus(maxLock.multipliedBy(2)).isBefore(now) ? 1 : s.failures() + 1;
        Instant lock = null;
        if (failures >= free) {
            long seconds = Math.min(maxLock.toSeconds(), 1L << Math.min(30, failures - free));
            lock = now.plusSeconds(seconds);
        }
        return new State(failures, lock, now);
    }

    private void trim() {
        if (accounts.size() > MAX_ENTRIES) {
            accounts.clear();
        }
        if (addresses.size() > MAX_ENTRIES) {
            addresses.clear();
        }
    }
}
