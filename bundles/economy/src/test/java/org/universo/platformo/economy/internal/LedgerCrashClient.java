package org.universo.platformo.economy.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.persistence.internal.JdbcDatabase;

/**
 * The process {@link LedgerCrashTest} kills: it funds the plan's accounts, then runs the plan's transfers from several
 * threads until it dies. It announces {@code send <key>} before each request and {@code ok <key> <transactionId>} once
 * the receipt is back, unbuffered, so whatever reached the pipe before the kill is exactly what was sent and what was
 * acknowledged. Usage: {@code LedgerCrashClient <database> <threads>}.
 */
public final class LedgerCrashClient {
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private LedgerCrashClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        EconomyComponent ledger = new EconomyComponent(new JdbcDatabase(CrashPlan.pooled(args[0])));
        List<String> ids = CrashPlan.accountIds(ledger);
        for (int i = 0; i < CrashPlan.ACCOUNTS; i++) {
            String key = CrashPlan.fundingKey(i);
            OUT.println("send " + key);
            acknowledge(key, ledger.issue(CrashPlan.ISSUER, key, ids.get(i), CrashPlan.fundingBody(i)));
        }
        List<CrashPlan.Step> steps = CrashPlan.transfers();
        AtomicInteger next = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < Integer.parseInt(args[1]); t++) {
            Thread client = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < steps.size(); n = next.getAndIncrement()) {
                    CrashPlan.Step s = steps.get(n);
                    OUT.println("send " + s.key());
                    acknowledge(s.key(), ledger.transfer(CrashPlan.owner(s.from()), s.key(), CrashPlan.body(s, ids)));
                }
            }, "crash-client-" + t);
            // a refused or failed transfer breaks the plan's arithmetic: stop loudly instead of carrying on
            client.setUncaughtExceptionHandler((th, e) -> {
                e.printStackTrace();
                Runtime.getRuntime().halt(2);
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        OUT.println("done");
        ledger.deactivate();
    }

    private static void acknowledge(String key, Receipt r) {
        OUT.println("ok " + key + " " + r.transactionId());
    }
}
