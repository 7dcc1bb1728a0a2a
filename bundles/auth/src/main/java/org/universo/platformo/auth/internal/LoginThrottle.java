package org.universo.platformo.auth.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;

/**
 * Slows down guessing without letting a stranger lock an owner out. Failed sign-ins count per account and
 * address together (the guesser waits, the owner elsewhere does not), per address over all accounts (credential
 * stuffing) and per account over all addresses (a guesser spread over many addresses), each with progressive
 * delays. An address that has signed in to an account before is not slowed down by that account's total.
 * Registrations and failed refreshes are counted per address. Limits are per node.
 */
final class LoginThrottle {
    /** The limits, from {@link AuthConfig}. */
    record Limits(int perAccountAndAddress, int perAddress, int perAccount, Duration maxDelay,
                  int registrationsPerAddress, int failedRefreshesPerAddress, long maxKeys) {
    }

    private final Strikes pairs;
    private final Strikes addresses;
    private final Strikes accounts;
    private final Strikes registrations;
    private final Strikes refreshes;
    private final Cache<String, Boolean> known;

    LoginThrottle(Clock clock, Limits l) {
        Duration quiet = l.maxDelay().multipliedBy(2);
        this.pairs = new Strikes(clock, l.perAccountAndAddress(), l.maxDelay(), quiet, l.maxKeys());
        this.addresses = new Strikes(clock, l.perAddress(), l.maxDelay(), quiet, l.maxKeys());
        this.accounts = new Strikes(clock, l.perAccount(), l.maxDelay(), quiet, l.maxKeys());
        this.registrations = new Strikes(clock, l.registrationsPerAddress(), l.maxDelay(), Duration.ofHours(1),
                l.maxKeys());
        this.refreshes = new Strikes(clock, l.failedRefreshesPerAddress(), l.maxDelay(), quiet, l.maxKeys());
        this.known = Caffeine.newBuilder().ticker(Strikes.ticker(clock)).expireAfterAccess(Duration.ofDays(30))
                .maximumSize(l.maxKeys()).executor(Runnable::run).build();
    }

    /** Throws 429 with retryAfterSeconds when this account may not be tried from this address now. */
    void checkLogin(String account, String address) {
        long wait = Math.max(pairs.waitSeconds(pair(account, address)), addresses.waitSeconds(address));
        if (known.getIfPresent(pair(account, address)) == null) {
            wait = Math.max(wait, accounts.waitSeconds(account));
        }
        refuse(wait, "Too many failed sign-ins; try again later");
    }

    void loginFailed(String account, String address) {
        pairs.strike(pair(account, address));
        addresses.strike(address);
        accounts.strike(account);
    }

    void loginSucceeded(String account, String address) {
        pairs.forgive(pair(account, address));
        known.put(pair(account, address), Boolean.TRUE);
    }

    /** Counts a registration attempt from {@code address}; throws 429 when it comes too soon. */
    void register(String address) {
        refuse(registrations.waitSeconds(address), "Too many registrations from this address; try again later");
        registrations.strike(address);
    }

    void checkRefresh(String address) {
        refuse(refreshes.waitSeconds(address), "Too many failed refreshes; try again later");
    }

    void refreshFailed(String address) {
        refreshes.strike(address);
    }

    /** Keys held, for tests: memory stays bounded however many keys are tried. */
    long keys() {
        return pairs.size() + addresses.size() + accounts.size();
    }

    private static void refuse(long wait, String message) {
        if (wait > 0) {
            throw new ApiException(ErrorCode.RATE_LIMITED, message, Map.of("retryAfterSeconds", wait));
        }
    }

    private static String pair(String account, String address) {
        return account + '\n' + address;
    }
}
