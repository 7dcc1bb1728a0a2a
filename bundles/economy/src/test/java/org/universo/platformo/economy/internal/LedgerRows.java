package org.universo.platformo.economy.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.economy.Receipt;

/**
 * The ledger's tables as the database holds them, read with plain SQL rather than through the ledger, so that a
 * check does not trust the code it checks.
 */
record LedgerRows(Map<String, List<String>> transactionsByKey, Map<String, List<Receipt.Entry>> entriesByTransaction,
        Map<String, Long> balances, int entryCount) {

    static LedgerRows read(String database) throws SQLException {
        Map<String, List<String>> byKey = new HashMap<>();
        Map<String, List<Receipt.Entry>> entries = new HashMap<>();
        Map<String, Long> balances = new HashMap<>();
        int count = 0;
        try (Connection c = CrashPlan.dataSource(database).getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT idem_key, id FROM economy.transactions")) {
                while (r.next()) {
                    byKey.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT transaction_id, account_id, currency, amount FROM economy.entries "
                    + "ORDER BY transaction_id, position")) {
                while (r.next()) {
                    entries.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Receipt.Entry(r.getString(2), r.getString(3), r.getLong(4)));
                    count++;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, balance FROM economy.accounts")) {
                while (r.next()) {
                    balances.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return new LedgerRows(byKey, entries, balances, count);
    }

    /** The sum of an account's entries: what its balance must be. */
    long entrySum(String accountId) {
        return entriesByTransaction.values().stream().flatMap(List::stream)
                .filter(e -> e.accountId().equals(accountId)).mapToLong(Receipt.Entry::amount).sum();
    }

    int transactionCount() {
        return transactionsByKey.values().stream().mapToInt(List::size).sum();
    }
}
