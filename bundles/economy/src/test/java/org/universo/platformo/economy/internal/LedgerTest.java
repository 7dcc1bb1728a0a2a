package org.universo.platformo.economy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/** The ledger's rules on H2, and under concurrent clients on PostgreSQL. */
class LedgerTest {
    @TempDir
    Path dir;

    /** In memory: the file database would sync every one of the many small transactions to disk. */
    static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + dir.getFileName() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        return ds;
    }

    @Test
    void transfersAreBalancedIdempotentAndNeverOverdraw() {
        EconomyComponent ledger = new EconomyComponent(new JdbcDatabase(h2(dir)));
        try {
            Account a = ledger.open("alice", "INMO");
            Account b = ledger.open("bob", "INMO");
            Account crd = ledger.open("alice", "CRD");
            ledger.issue("admin", "seed-1", a.id(), new Inputs.Issue(1000, "start"));
            Receipt paid = ledger.transfer("alice", "k1", new Inputs.Transfer(a.id(), b.id(), 300, "ore"));
            assertEquals(List.of(new Receipt.Entry(a.id(), "INMO", -300), new Receipt.Entry(b.id(), "INMO", 300)),
                    paid.entries());
            Receipt again = ledger.transfer("alice", "k1", new Inputs.Transfer(a.id(), b.id(), 300, "ore"));
            assertEquals(paid.transactionId(), again.transactionId());
            assertTrue(again.replayed());
            assertEquals(700, ledger.account("alice", a.id()).balance(), "a retry never charges twice");
            assertEquals(409, status(() -> ledger.transfer("alice", "k1", new Inputs.Transfer(a.id(), b.id(), 301, "ore"))));
            assertEquals(409, status(() -> ledger.transfer("alice", "k2", new Inputs.Transfer(a.id(), b.id(), 701, null))));
            assertEquals(404, status(() -> ledger.transfer("bob", "k3", new Inputs.Transfer(a.id(), b.id(), 1, null))));
            assertEquals(422, status(() -> ledger.transfer("alice", "k4", new Inputs.Transfer(a.id(), crd.id(), 1, null))));
            assertEquals(422, status(() -> ledger.transfer("alice", "k5", new Inputs.Transfer(a.id(), b.id(), 0, null))));
            assertEquals(400, status(() -> ledger.transfer("alice", " ", new Inputs.Transfer(a.id(), b.id(), 1, null))));
            assertEquals(700, ledger.account("alice", a.id()).balance(), "refused transfers write nothing");

            Receipt x = ledger.exchange("alice", "x1", new Inputs.Exchange(a.id(), crd.id(), 250));
            assertEquals(4, x.entries().size());
            assertEquals(450, ledger.account("alice", a.id()).balance());
            assertEquals(25, ledger.account("alice", crd.id()).balance(), "250 Inmo minor units at 1/10");
            assertEquals(0, ledger.imbalance("INMO"));
            assertEquals(0, ledger.imbalance("CRD"));
            assertEquals(List.of("exchange", "transfer", "issue"), ledger.history("alice", a.id(), 0, 10).stream()
                    .map(Receipt::kind).toList());
            assertEquals(404, status(() -> ledger.history("bob", a.id(), 0, 10)));
        } finally {
            ledger.deactivate();
        }
    }

    @Test
    void domainsDefineTheirOwnAssetsOnceAndTheyBehaveLikeMoney() {
        EconomyComponent ledger = new EconomyComponent(new JdbcDatabase(h2(dir)));
        try {
            ledger.define("IRON", "Iron ore", 0);
            ledger.define("IRON", "Iron ore", 0);
            assertEquals(409, status(() -> ledger.define("IRON", "Iron ore", 3)));
            assertEquals(422, status(() -> ledger.define("iron", "Iron ore", 0)));
            assertEquals(422, status(() -> ledger.define("GOLD", "Gold", 9)));
            Account a = ledger.open("miner", "IRON");
            Account b = ledger.open("smith", "IRON");
            ledger.issue("content", "unload-1", a.id(), new Inputs.Issue(500, "ore"));
            ledger.transfer("miner", "sell-1", new Inputs.Transfer(a.id(), b.id(), 200, null));
            assertEquals(300, ledger.account("miner", a.id()).balance());
            assertEquals(0, ledger.imbalance("IRON"));
        } finally {
            ledger.deactivate();
        }
    }

    @Test
    void manyConcurrentClientsNeitherLoseNorDuplicateMoneyOnPostgres() throws Exception {
        String db = "universo_economy_" + Long.toHexString(System.nanoTime());
        boolean up;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            up = true;
        } catch (Exception e) {
            up = false;
        }
        assumeTrue(up || System.getenv("CI") != null, "PostgreSQL not running");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + db);
        ds.setUser("postgres");
        EconomyComponent ledger = new EconomyComponent(new JdbcDatabase(ds));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Account a = ledger.open("u" + i, "INMO");
                ledger.issue("admin", "seed-" + i, a.id(), new Inputs.Issue(500, null));
                accounts.add(a);
            }
            List<Callable<Integer>> clients = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int client = t;
                clients.add(() -> {
                    Random r = new Random(client);
                    int done = 0;
                    for (int k = 0; k < 40; k++) {
                        int from = r.nextInt(4);
                        int to = (from + 1 + r.nextInt(3)) % 4;
                        Inputs.Transfer tr = new Inputs.Transfer(accounts.get(from).id(), accounts.get(to).id(),
                                1 + r.nextInt(120), null);
                        // every fifth request is sent twice with its key, as a client retrying after a timeout
                        String key = "c" + client + "-" + k;
                        try {
                            ledger.transfer("u" + from, key, tr);
                            if (k % 5 == 0) {
                                ledger.transfer("u" + from, key, tr);
                            }
                            done++;
                        } catch (ApiException e) {
                            assertEquals(409, e.httpStatus(), e.getMessage());
                        }
                    }
                    return done;
                });
            }
            int transfers = 0;
            for (Future<Integer> f : pool.invokeAll(clients)) {
                transfers += f.get();
            }
            long total = 0;
            for (int i = 0; i < 4; i++) {
                long balance = ledger.account("u" + i, accounts.get(i).id()).balance();
                assertTrue(balance >= 0, "no negative balance: " + balance);
                total += balance;
            }
            assertEquals(2000, total, "conservation across " + transfers + " transfers");
            assertEquals(0, ledger.imbalance("INMO"));
            assertTrue(transfers > 200, "most transfers went through: " + transfers);
        } finally {
            pool.shutdownNow();
            ledger.deactivate();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    static int status(Runnable call) {
        return assertThrows(ApiException.class, call::run).httpStatus();
    }
}
