package org.universo.platformo.economy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGPoolingDataSource;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/**
 * A client process is killed (SIGKILL) in the middle of a stream of transfers on PostgreSQL; after the restart nothing
 * acknowledged is lost, nothing is written twice, and a client retrying its whole list with the same keys gets the
 * first receipts back for what had committed and completes the rest, ending on exactly the planned balances.
 */
class LedgerCrashTest {
    private static final int THREADS = 6;
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("deprecation") // the driver's small pool, see CrashPlan.pooled
    void aKilledClientNeitherLosesNorDuplicatesATransfer() throws Exception {
        String db = "ledger_crash_" + Long.toHexString(System.nanoTime());
        assumeTrue(sql("CREATE DATABASE " + db) || System.getenv("CI") != null, "PostgreSQL not running");
        Process child = null;
        EconomyComponent ledger = null;
        PGPoolingDataSource pool = null;
        Path stderr = dir.resolve("client.err");
        try {
            EconomyComponent setup = new EconomyComponent(new JdbcDatabase(CrashPlan.dataSource(db)));
            for (int i = 0; i < CrashPlan.ACCOUNTS; i++) {
                setup.open(CrashPlan.owner(i), CrashPlan.CURRENCY);
            }
            setup.deactivate();

            child = start(db, stderr);
            ClientOutput out = new ClientOutput(child.getInputStream());
            // the moment varies from run to run; whatever it is, several transfers are in flight on the six threads
            int killAt = CrashPlan.ACCOUNTS + 300 + ThreadLocalRandom.current().nextInt(200);
            boolean reached = out.awaitAcknowledged(killAt, 20_000);
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the client did not die");
            out.awaitEnd(10_000);
            if (!reached || out.finished()) {
                fail("the client ended or stalled before " + killAt + " receipts (" + out.acknowledged().size()
                        + "): " + tail(stderr));
            }

            // the restart: a new ledger on the same database, and a client that knows only what it was told
            pool = CrashPlan.pooled(db);
            ledger = new EconomyComponent(new JdbcDatabase(pool));
            List<String> ids = CrashPlan.accountIds(ledger);
            Map<String, List<Receipt.Entry>> plan = CrashPlan.expectedEntries(ids);
            LedgerRows before = LedgerRows.read(db);
            out.acknowledged().forEach((key, id) -> assertEquals(List.of(id), before.transactionsByKey().get(key),
                    "an acknowledged key has its one transaction, the one in its receipt: " + key));
            Set<String> sent = out.sent();
            before.transactionsByKey().keySet().forEach(key -> assertTrue(sent.contains(key),
                    "a transaction for a key never sent: " + key));
            assertWhole(before, plan);
            int inDoubt = before.transactionCount() - out.acknowledged().size();
            assertTrue(inDoubt >= 0 && inDoubt <= THREADS, "committed without a receipt: " + inDoubt);

            retryAll(ledger, ids).forEach((key, r) -> {
                List<String> earlier = before.transactionsByKey().get(key);
                assertEquals(earlier != null, r.replayed(), "only what had committed is a replay: " + key);
                if (earlier != null) {
                    assertEquals(earlier.get(0), r.transactionId(), "a replay answers the first receipt: " + key);
                }
                assertEquals(plan.get(key), r.entries(), key);
            });
            LedgerRows after = LedgerRows.read(db);
            before.transactionsByKey().forEach((key, txs) -> assertEquals(txs, after.transactionsByKey().get(key),
                    "a replay wrote nothing: " + key));
            assertFinalBooks(ledger, ids, plan, after);
            System.out.printf("killed after %d receipts: %d sent, %d committed, %d of them without a receipt%n",
                    out.acknowledged().size(), sent.size(), before.transactionCount(), inDoubt);
        } finally {
            if (child != null) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            if (ledger != null) {
                ledger.deactivate();
            }
            if (pool != null) {
                pool.close();
            }
            sql("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    /** Every planned key exactly once, every balance the planned one and the sum of its entries, the books balanced. */
    private static void assertFinalBooks(EconomyComponent ledger, List<String> ids, Map<String, List<Receipt.Entry>> plan,
            LedgerRows after) {
        assertEquals(plan.keySet(), after.transactionsByKey().keySet());
        after.transactionsByKey().forEach((key, txs) -> assertEquals(1, txs.size(), "one transaction per key: " + key));
        assertWhole(after, plan);
        assertEquals(2 * plan.size(), after.entryCount(), "no entry outside the planned transactions");
        long issued = 0;
        for (int i = 0; i < CrashPlan.ACCOUNTS; i++) {
            String id = ids.get(i);
            assertEquals(CrashPlan.expectedBalance(i), ledger.account(CrashPlan.owner(i), id).balance(), id);
            assertEquals(after.entrySum(id), (long) after.balances().get(id), "balance = sum of entries: " + id);
            issued += CrashPlan.funding(i);
        }
        assertEquals(-issued, (long) after.balances().get("issue-" + CrashPlan.CURRENCY));
        assertEquals(0, ledger.imbalance(CrashPlan.CURRENCY), "the books balance");
    }

    /** Each transaction holds exactly the entries the plan gives its key: nothing half-written survived the kill. */
    private static void assertWhole(LedgerRows rows, Map<String, List<Receipt.Entry>> plan) {
        rows.transactionsByKey().forEach((key, txs) -> txs.forEach(tx -> {
            assertNotNull(plan.get(key), "a key outside the plan: " + key);
            assertEquals(plan.get(key), rows.entriesByTransaction().get(tx), key);
        }));
        assertEquals(rows.transactionCount(), rows.entriesByTransaction().size(), "entries without a transaction");
    }

    /** What a client does after a crash: sends its whole list again, same keys, same bodies. */
    private static Map<String, Receipt> retryAll(EconomyComponent ledger, List<String> ids) throws Exception {
        Map<String, Receipt> receipts = new ConcurrentHashMap<>();
        for (int i = 0; i < CrashPlan.ACCOUNTS; i++) {
            String key = CrashPlan.fundingKey(i);
            receipts.put(key, ledger.issue(CrashPlan.ISSUER, key, ids.get(i), CrashPlan.fundingBody(i)));
        }
        List<CrashPlan.Step> steps = CrashPlan.transfers();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            clients.add(() -> {
                for (int n = first; n < steps.size(); n += THREADS) {
                    CrashPlan.Step s = steps.get(n);
                    receipts.put(s.key(), ledger.transfer(CrashPlan.owner(s.from()), s.key(), CrashPlan.body(s, ids)));
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Void> f : pool.invokeAll(clients)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return receipts;
    }

    private static Process start(String db, Path stderr) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LedgerCrashClient.class.getName(), db, String.valueOf(THREADS))
                .redirectError(stderr.toFile()).start();
    }

    private static String tail(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static boolean sql(String statement) {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(statement);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
