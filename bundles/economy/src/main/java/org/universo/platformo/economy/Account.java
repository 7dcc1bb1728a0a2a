package org.universo.platformo.economy;

import java.time.Instant;

/** An account: its currency, kind ({@code user}, {@code system}, {@code exchange}) and balance in minor units. */
public record Account(String id, String ownerId, String currency, String kind, boolean allowNegative, long balance,
        Instant createdAt) {
}
