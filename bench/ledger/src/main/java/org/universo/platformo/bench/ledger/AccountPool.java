package org.universo.platformo.bench.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.internal.EconomyComponent;

/**
 * The accounts both the ledger and pgbench pay between: account n (1..count) belongs to {@code u<n>} and has a
 * UUID-shaped id built from n, so that pgbench, which cannot look ids up for free, computes the same 36-character ids
 * (and the same id order for its locks) from a random number. Each starts with far more than it can pay away.
 */
final class AccountPool {
    static final long FUNDS = 1_000_000_000_000L;

    private AccountPool() {
    }

    static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    static String owner(int n) {
        return "u" + n;
    }

    static void create(DataSource ds, EconomyComponent ledger, int count) throws SQLException {
        // opened with SQL rather than Ledger.open, which gives random ids
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO "
                + "economy.accounts (id, owner_id, currency, kind, allow_negative, balance, created_at) "
                + "VALUES (?, ?, 'INMO', 'user', FALSE, 0, now())")) {
            for (int n = 1; n <= count; n++) {
                insert.setString(1, id(n));
                insert.setString(2, owner(n));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (int n = 1; n <= count; n++) {
            ledger.issue("bench", "fund-" + n, id(n), new Inputs.Issue(FUNDS, "bench"));
        }
    }
}
