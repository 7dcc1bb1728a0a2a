package org.universo.mmoomm.utils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.economy.Receipt;

/**
 * Checks a client or an auditor can run on receipts of the ledger: double entry (entries sum to zero per currency)
 * and idempotency (a retry answers the same transaction, flagged as replayed, with the same entries).
 */
public final class LedgerInvariants {
    private LedgerInvariants() {
    }

    public static List<String> balanced(Receipt r) {
        Map<String, Long> sums = new HashMap<>();
        r.entries().forEach(e -> sums.merge(e.currency(), e.amount(), Long::sum));
        List<String> out = new ArrayList<>();
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                out.add(r.transactionId() + ": " + currency + " entries sum to " + sum + ", not 0");
            }
        });
        if (r.entries().size() < 2) {
            out.add(r.transactionId() + ": a transaction has at least a debit and a credit");
        }
        return out;
    }

    public static List<String> sameResult(Receipt first, Receipt retry) {
        List<String> out = new ArrayList<>();
        if (!first.transactionId().equals(retry.transactionId())) {
            out.add("the retry made transaction " + retry.transactionId() + " besides " + first.transactionId());
        }
        if (!retry.replayed()) {
            out.add("the retry of " + first.transactionId() + " is not flagged as replayed");
        }
        if (!first.entries().equals(retry.entries())) {
            out.add("the retry of " + first.transactionId() + " answers other entries");
        }
        return out;
    }
}
