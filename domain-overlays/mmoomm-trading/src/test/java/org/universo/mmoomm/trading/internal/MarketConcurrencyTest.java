package org.universo.mmoomm.trading.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.universo.mmoomm.trading.Order;
import org.universo.mmoomm.trading.PlaceOrder;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.internal.EconomyComponent;
import org.universo.platformo.persistence.Jdbc;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/**
 * Traders placing, crossing and cancelling orders from 8 threads on PostgreSQL: afterwards no Inmo or ore was created
 * or lost, the escrow holds exactly what the open orders promise, every fill is settled and no two traders' open
 * orders cross.
 */
class MarketConcurrencyTest {
    private static final int TRADERS = 6;

    @Test
    void parallelTradingConservesMoneyAndGoods() throws Exception {
        String db = "universo_market_" + Long.toHexString(System.nanoTime());
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
        JdbcDatabase database = new JdbcDatabase(ds);
        EconomyComponent ledger = new EconomyComponent(database);
        ledger.define("IRON", "Iron ore", 0);
        MarketComponent market = new MarketComponent(database, ledger);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            String[][] accounts = new String[TRADERS][];
            for (int t = 0; t < TRADERS; t++) {
                String owner = "trader-" + t;
                accounts[t] = new String[] {ledger.open(owner, "INMO").id(), ledger.open(owner, "IRON").id()};
                ledger.issue("admin", "inmo-" + t, accounts[t][0], new Inputs.Issue(200_000, null));
                ledger.issue("admin", "iron-" + t, accounts[t][1], new Inputs.Issue(5_000, null));
            }
            AtomicInteger placed = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int worker = w;
                work.add(pool.submit(() -> {
                    Random r = new Random(worker);
                    for (int i = 0; i < 25; i++) {
                        int t = r.nextInt(TRADERS);
                        String owner = "trader-" + t;
                        PlaceOrder o = new PlaceOrder("hub", r.nextBoolean() ? "buy" : "sell", "IRON",
                                10 + r.nextInt(300), 10 + r.nextInt(20), accounts[t][0], accounts[t][1]);
                        try {
                            Order made = market.place(owner, "w" + worker + "-" + i, o);
                            placed.incrementAndGet();
                            if (r.nextInt(4) == 0 && "open".equals(made.status())) {
                                market.cancel(owner, made.id());
                            }
                        } catch (ApiException refused) {
                            assertEquals(409, refused.httpStatus(), refused.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            market.sweep();
            long inmo = 0;
            long iron = 0;
            for (int t = 0; t < TRADERS; t++) {
                inmo += ledger.account("trader-" + t, accounts[t][0]).balance();
                iron += ledger.account("trader-" + t, accounts[t][1]).balance();
            }
            long escrowInmo = escrow(ledger, "INMO");
            long escrowIron = escrow(ledger, "IRON");
            assertEquals(TRADERS * 200_000L, inmo + escrowInmo, "Inmo conserved");
            assertEquals(TRADERS * 5_000L, iron + escrowIron, "ore conserved");
            Jdbc jdbc = new Jdbc(ds, "Market store");
            List<OrderRow> open = jdbc.tx(c -> Orders.where(c, "status = 'open'"));
            assertEquals(open.stream().filter(OrderRow::buy).mapToLong(OrderRow::escrowed).sum(), escrowInmo);
            assertEquals(open.stream().filter(o -> !o.buy()).mapToLong(OrderRow::escrowed).sum(), escrowIron);
            assertTrue(jdbc.tx(c -> Orders.unsettled(c, 10)).isEmpty(), "every fill is settled");
            for (OrderRow b : open) {
                for (OrderRow s : open) {
                    if (b.buy() && !s.buy() && !b.ownerId().equals(s.ownerId())) {
                        assertTrue(b.price() < s.price(), "crossed open orders " + b.id() + " " + s.id());
                    }
                }
            }
            long fills = jdbc.tx(c -> Orders.query(c, "SELECT COUNT(*) FROM mmoomm_trading.fills", rs -> rs.getLong(1)))
                    .get(0);
            assertTrue(placed.get() > 150 && fills > 20, placed.get() + " orders, " + fills + " fills");
        } finally {
            pool.shutdownNow();
            market.deactivate();
            Ledgers.close(ledger);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    private static long escrow(EconomyComponent ledger, String currency) {
        return ledger.accounts(Escrow.OWNER).stream().filter(a -> a.currency().equals(currency))
                .mapToLong(a -> a.balance()).sum();
    }
}
