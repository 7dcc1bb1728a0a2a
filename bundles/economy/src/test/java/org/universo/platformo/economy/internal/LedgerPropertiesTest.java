package org.universo.platformo.economy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.postgresql.ds.PGSimpleDataSource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/**
 * Random sequences of transfers, exchanges, retries and reused keys: whatever happens, the books balance per currency,
 * no user balance goes negative, a retry answers the first receipt, and a key reused for another body is refused.
 * On PostgreSQL.
 */
class LedgerPropertiesTest {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static EconomyComponent ledger;
    private static String pgDatabase;
    private static int run;

    @BeforeContainer
    static void open() {
        ledger = new EconomyComponent(new JdbcDatabase(database()));
    }

    /**
     * A fresh PostgreSQL database when the server runs (it must in CI), dropped afterwards; otherwise H2 in memory,
     * so the property still runs on a machine without PostgreSQL.
     */
    private static DataSource database() {
        String name = "universo_ledger_props_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            pgDatabase = name;
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(PG + name);
            ds.setUser("postgres");
            return ds;
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("PostgreSQL is required in CI", e);
            }
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL("jdbc:h2:mem:ledger-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            ds.setUser("sa");
            return ds;
        }
    }

    @AfterContainer
    static void close() throws SQLException {
        ledger.deactivate();
        if (pgDatabase != null) {
            try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + pgDatabase + " WITH (FORCE)");
            }
        }
    }

    /** An operation: kind 0–5 transfer, 6 exchange, 7 retry of an earlier write, 8 earlier key with another body. */
    record Op(int kind, int from, int to, int amount, int earlier) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 400), Arbitraries.integers().between(0, 50)).as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(30);
    }

    @Property(tries = 25)
    void theBooksAlwaysBalance(@ForAll("ops") List<Op> ops) {
        int r = run++;
        List<Account> inmo = new ArrayList<>();
        List<Account> crd = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inmo.add(ledger.open(owner(r, i), "INMO"));
            crd.add(ledger.open(owner(r, i), "CRD"));
            ledger.issue("admin", "seed-" + r + "-" + i, inmo.get(i).id(), new Inputs.Issue(1000, null));
        }
        record Write(String owner, String key, Inputs.Transfer body, Receipt receipt) {
        }
        List<Write> writes = new ArrayList<>();
        Map<String, Integer> refusals = new HashMap<>();
        for (int n = 0; n < ops.size(); n++) {
            Op op = ops.get(n);
            String key = "op-" + n;
            try {
                if (op.kind() <= 5) {
                    int to = op.from() == op.to() ? (op.to() + 1) % 3 : op.to();
                    Inputs.Transfer t = new Inputs.Transfer(inmo.get(op.from()).id(), inmo.get(to).id(), op.amount(), null);
                    writes.add(new Write(owner(r, op.from()), key, t, ledger.transfer(owner(r, op.from()), key, t)));
                } else if (op.kind() == 6) {
                    ledger.exchange(owner(r, op.from()), key, new Inputs.Exchange(inmo.get(op.from()).id(),
                            crd.get(op.from()).id(), op.amount()));
                } else if (!writes.isEmpty()) {
                    Write w = writes.get(op.earlier() % writes.size());
                    if (op.kind() == 7) {
                        Receipt again = ledger.transfer(w.owner(), w.key(), w.body());
                        assertEquals(w.receipt().transactionId(), again.transactionId());
                        assertTrue(again.replayed());
                    } else {
                        Inputs.Transfer other = new Inputs.Transfer(w.body().fromAccountId(), w.body().toAccountId(),
                                w.body().amount() + 1, null);
                        ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                                () -> ledger.transfer(w.owner(), w.key(), other));
                        assertEquals(409, e.httpStatus());
                    }
                }
            } catch (ApiException e) {
                // refused: too little money, or an exchange of less than one unit of the other currency
                boolean expected = e.httpStatus() == 409 && e.getMessage().startsWith("Insufficient")
                        || e.httpStatus() == 422 && e.getMessage().contains("buys nothing");
                refusals.merge(expected ? "expected" : e.httpStatus() + " " + e.getMessage(), 1, Integer::sum);
            }
        }
        long total = 0;
        for (int i = 0; i < 3; i++) {
            long b = ledger.account(owner(r, i), inmo.get(i).id()).balance();
            assertTrue(b >= 0, "negative balance " + b);
            total += b + 10L * ledger.account(owner(r, i), crd.get(i).id()).balance();
        }
        assertTrue(total <= 3000, "value is never created: " + total);
        assertEquals(0, ledger.imbalance("INMO"));
        assertEquals(0, ledger.imbalance("CRD"));
        assertTrue(refusals.keySet().stream().allMatch("expected"::equals), "unexpected refusals: " + refusals);
    }

    private static String owner(int run, int i) {
        return "p" + run + "-" + i;
    }
}
