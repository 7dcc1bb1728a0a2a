package org.universo.platformo.auth.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofSeconds(60), 10);

    @Test
    void locksAnAccountWithDoublingDelaysAndForgetsOnSuccess() {
        throttle.failure("a", "1.1.1.1");
        throttle.failure("a", "1.1.1.1");
        assertDoesNotThrow(() -> throttle.check("a", "1.1.1.1"));
        throttle.failure("a", "1.1.1.1");
        assertEquals(1L, retryAfter("a", "2.2.2.2"));
        clock.advance(Duration.ofSeconds(1));
        throttle.failure("a", "2.2.2.2");
        assertEquals(2L, retryAfter("a", "3.3.3.3"));
        assertDoesNotThrow(() -> throttle.check("b", "1.1.1.1"), "other accounts are not affected");
        for (int i = 0; i < 10; i++) {
            throttle.failure("a", null);
        }
        assertEquals(60L, retryAfter("a", null), "capped");
        throttle.success("a");
        assertDoesNotThrow(() -> throttle.check("a", null));
    }

    @Test
    void slowsDownAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 10; i++) {
            throttle.failure("user" + i, "9.9.9.9");
        }
        assertEquals(ErrorCode.RATE_LIMITED,
                assertThrows(ApiException.class, () -> throttle.check("fresh", "9.9.9.9")).code());
        assertDoesNotThrow(() -> throttle.check("fresh", "8.8.8.8"));
    }

    @Test
    void aQuietPeriodForgivesOldFailures() {
        throttle.failure("a", null);
        throttle.failure("a", null);
        clock.advance(Duration.ofMinutes(5));
        throttle.failure("a", null);
        assertDoesNotThrow(() -> throttle.check("a", null));
    }

    private long retryAfter(String account, String address) {
        ApiException e = assertThrows(ApiException.class, () -> throttle.check(account, address));
        assertEquals(ErrorCode.RATE_LIMITED, e.code());
        return ((Number) e.details().get("retryAfterSeconds")).longValue();
    }
}
