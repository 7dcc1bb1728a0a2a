package org.universo.platformo.economy;

import java.time.Instant;
import java.util.List;

/**
 * A transaction as written: its entries (debits negative, credits positive; they sum to zero per currency).
 * {@code replayed}: this answers a retry of the same idempotency key and body; nothing new was written.
 */
public record Receipt(String transactionId, String kind, String memo, List<Entry> entries, Instant createdAt,
        boolean replayed) {

    public record Entry(String accountId, String currency, long amount) {
    }
}
