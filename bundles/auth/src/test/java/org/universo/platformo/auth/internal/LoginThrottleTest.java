package org.universo.platformo.auth.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock,
            new LoginThrottle.Limits(3, 10, 20, Duration.ofSeconds(60), 4, 5, 1_000));

    @Test
    void aGuesserWaitsLongerEachTimeWhileTheOwnerElsewhereSignsIn() {
        throttle.loginFailed("a", "6.6.6.6");
        throttle.loginFailed("a", "6.6.6.6");
        assertDoesNotThrow(() -> throttle.checkLogin("a", "6.6.6.6"));
        throttle.loginFailed("a", "6.6.6.6");
        assertEquals(1L, retryAfter(() -> throttle.checkLogin("a", "6.6.6.6")));
        clock.advance(Duration.ofSeconds(1));
        throttle.loginFailed("a", "6.6.6.6");
        assertEquals(2L, retryAfter(() -> throttle.checkLogin("a", "6.6.6.6")));
        assertDoesNotThrow(() -> throttle.checkLogin("a", "1.1.1.1"), "the owner at home is not locked out");
        assertDoesNotThrow(() -> throttle.checkLogin("b", "6.6.6.6"), "nor are other accounts");
        for (int i = 0; i < 10; i++) {
            throttle.loginFailed("c", "7.7.7.7");
        }
        assertEquals(60L, retryAfter(() -> throttle.checkLogin("c", "7.7.7.7")), "capped");
        throttle.loginSucceeded("a", "6.6.6.6");
        assertDoesNotThrow(() -> throttle.checkLogin("a", "6.6.6.6"));
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 10; i++) {
            throttle.loginFailed("user" + i, "9.9.9.9");
        }
        assertEquals(ErrorCode.RATE_LIMITED,
                assertThrows(ApiException.class, () -> throttle.checkLogin("fresh", "9.9.9.9")).code());
        assertDoesNotThrow(() -> throttle.checkLogin("fresh", "8.8.8.8"));
    }

    @Test
    void guessesSpreadOverAddressesSlowTheAccountButNotAddressesItsOwnerUsed() {
        throttle.loginSucceeded("a", "1.1.1.1");
        for (int i = 0; i < 20; i++) {
            throttle.loginFailed("a", "10.0.0." + i);
        }
        assertEquals(1L, retryAfter(() -> throttle.checkLogin("a", "10.0.1.1")));
        assertDoesNotThrow(() -> throttle.checkLogin("a", "1.1.1.1"), "a known address of the owner");
    }

    @Test
    void aQuietPeriodForgivesOldFailures() {
        for (int i = 0; i < 3; i++) {
            throttle.loginFailed("a", "1.1.1.1");
        }
        assertEquals(1L, retryAfter(() -> throttle.checkLogin("a", "1.1.1.1")));
        clock.advance(Duration.ofMinutes(2));
        throttle.loginFailed("a", "1.1.1.1");
        assertDoesNotThrow(() -> throttle.checkLogin("a", "1.1.1.1"), "counting starts again");
    }

    @Test
    void registrationsAndFailedRefreshesArePerAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.register("5.5.5.5");
        }
        throttle.register("5.5.5.5");
        assertEquals(1L, retryAfter(() -> throttle.register("5.5.5.5")));
        assertDoesNotThrow(() -> throttle.register("5.5.5.6"));
        clock.advance(Duration.ofSeconds(1));
        throttle.register("5.5.5.5");
        assertEquals(2L, retryAfter(() -> throttle.register("5.5.5.5")));
        clock.advance(Duration.ofHours(1));
        assertDoesNotThrow(() -> throttle.register("5.5.5.5"), "an hour forgives");

        for (int i = 0; i < 5; i++) {
            assertDoesNotThrow(() -> throttle.checkRefresh("4.4.4.4"));
            throttle.refreshFailed("4.4.4.4");
        }
        assertEquals(1L, retryAfter(() -> throttle.checkRefresh("4.4.4.4")));
    }

    @Test
    void memoryIsBoundedAndForgetsTheOldestNotEveryLock() {
        for (int i = 0; i < 3; i++) {
            throttle.loginFailed("victim", "6.6.6.6");
        }
        for (int i = 0; i < 50_000; i++) {
            throttle.loginFailed("junk" + i, "6.6.6." + (i % 200));
            if (i % 100 == 0) {
                assertThrows(ApiException.class, () -> throttle.checkLogin("victim", "6.6.6.6"));
            }
        }
        assertTrue(throttle.keys() <= 3_000, "three counters of at most 1000 keys: " + throttle.keys());
        assertThrows(ApiException.class, () -> throttle.checkLogin("victim", "6.6.6.6"),
                "a lock in use stays: keys are evicted one by one, never all at once");
    }

    private static long retryAfter(Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(ErrorCode.RATE_LIMITED, e.code());
        return ((Number) e.details().get("retryAfterSeconds")).longValue();
    }
}
