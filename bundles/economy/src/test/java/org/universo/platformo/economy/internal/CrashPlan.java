package org.universo.platformo.economy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.ds.PGPoolingDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Receipt;

/**
 * The workload both sides of {@link LedgerCrashTest} agree on without talking: which accounts exist, how each is funded,
 * and every transfer with its key, payer, payee and amount. Each account is funded with all it will ever pay, so no
 * transfer can be refused whatever order the threads commit in, and the final balances are known in advance.
 */
final class CrashPlan {
    static final int ACCOUNTS = 12;
    static final int TRANSFERS = 1500;
    static final String CURRENCY = "INMO";
    static final String ISSUER = "admin";
    private static final long SEED = 20_241_124L;

    record Step(String key, int from, int to, long amount) {
    }

    private CrashPlan() {
    }

    static List<Step> transfers() {
        Random r = new Random(SEED);
        List<Step> steps = new ArrayList<>(TRANSFERS);
        for (int n = 0; n < TRANSFERS; n++) {
            int from = r.nextInt(ACCOUNTS);
            int to = (from + 1 + r.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
            steps.add(new Step("k-" + n, from, to, 1 + r.nextInt(500)));
        }
        return steps;
    }

    static String owner(int account) {
        return "u" + account;
    }

    static String fundingKey(int account) {
        return "fund-" + account;
    }

    static long funding(int account) {
        return transfers().stream().filter(s -> s.from() == account).mapToLong(Step::amount).sum() + 1;
    }

    static long expectedBalance(int account) {
        long balance = funding(account);
        for (Step s : transfers()) {
            balance += s.to() == account ? s.amount() : s.from() == account ? -s.amount() : 0;
        }
        return balance;
    }

    /** Every key of the plan with the entries its transaction must hold, funding first. */
    static Map<String, List<Receipt.Entry>> expectedEntries(List<String> accountIds) {
        Map<String, List<Receipt.Entry>> expected = new LinkedHashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            expected.put(fundingKey(i), List.of(new Receipt.Entry("issue-" + CURRENCY, CURRENCY, -funding(i)),
                    new Receipt.Entry(accountIds.get(i), CURRENCY, funding(i))));
        }
        for (Step s : transfers()) {
            expected.put(s.key(), List.of(new Receipt.Entry(accountIds.get(s.from()), CURRENCY, -s.amount()),
                    new Receipt.Entry(accountIds.get(s.to()), CURRENCY, s.amount())));
        }
        return expected;
    }

    static Inputs.Issue fundingBody(int account) {
        return new Inputs.Issue(funding(account), "seed");
    }

    static Inputs.Transfer body(Step s, List<String> accountIds) {
        return new Inputs.Transfer(accountIds.get(s.from()), accountIds.get(s.to()), s.amount(), s.key());
    }

    /** The accounts the parent opened before the load, found again by owner after any restart. */
    static List<String> accountIds(EconomyComponent ledger) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            List<Account> mine = ledger.accounts(owner(i));
            if (mine.size() != 1) {
                throw new IllegalStateException(owner(i) + " has " + mine.size() + " accounts");
            }
            ids.add(mine.get(0).id());
        }
        return ids;
    }

    /**
     * Connections kept open between transactions, as the platform's pool does: opening one per statement would make the
     * test mostly wait for PostgreSQL to start backends. The driver's own small pool is enough here.
     */
    @SuppressWarnings("deprecation")
    static PGPoolingDataSource pooled(String database) {
        PGPoolingDataSource ds = new PGPoolingDataSource();
        ds.setDataSourceName("ledger-crash-" + database); // close() needs one
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + database);
        ds.setUser("postgres");
        ds.setMaxConnections(16);
        return ds;
    }

    static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + database);
        ds.setUser("postgres");
        return ds;
    }
}
