package org.universo.platformo.bench.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.economy.internal.EconomyComponent;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/**
 * Closed-loop clients making ledger transfers between random pairs of a pool of funded accounts, through the economy
 * bundle's own classes on PostgreSQL (no HTTP), with a HikariCP pool as the distribution uses.
 * <pre>
 * LedgerLoad --db NAME --setup [--accounts 1000]        the accounts, funded through issue
 * LedgerLoad --db NAME --clients N [--warmup 10] [--seconds 20] [--accounts 1000]
 * </pre>
 * A run prints {@code RESULT clients tx/s p50-ms p99-ms errors} last.
 */
public final class LedgerLoad {
    private LedgerLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String db = opt.get("db");
        int accounts = Integer.parseInt(opt.getOrDefault("accounts", "1000"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "1"));
        try (HikariDataSource ds = pool(db, clients)) {
            EconomyComponent ledger = new EconomyComponent(new JdbcDatabase(ds));
            if (opt.containsKey("setup")) {
                AccountPool.create(ds, ledger, accounts);
                System.out.println(accounts + " accounts funded");
                return;
            }
            Run run = new Run(ledger, accounts, clients);
            Run.Result r = run.measure(Integer.parseInt(opt.getOrDefault("warmup", "10")),
                    Integer.parseInt(opt.getOrDefault("seconds", "20")));
            System.out.printf("ledger, %d clients: %.1f transfers/s, p50 %.2f ms, p99 %.2f ms, %d errors, client CPU "
                    + "%.2f ms per transfer%n", clients, r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors(),
                    r.cpuMillis());
            System.out.printf("RESULT %d %.1f %.2f %.2f %d%n", clients, r.perSecond(), r.p50Millis(), r.p99Millis(),
                    r.errors());
        }
    }

    /** One connection per client, held open, as pgbench holds one per client. */
    private static HikariDataSource pool(String db, int clients) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + db);
        c.setUsername("postgres");
        c.setMaximumPoolSize(clients);
        c.setMinimumIdle(clients);
        c.setConnectionTimeout(30_000);
        return new HikariDataSource(c);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0).replaceFirst("^--", "");
            boolean flag = rest.isEmpty() || rest.get(0).startsWith("--");
            opt.put(name, flag ? "true" : rest.remove(0));
        }
        if (!opt.containsKey("db")) {
            throw new IllegalArgumentException("--db NAME is required");
        }
        return opt;
    }
}
