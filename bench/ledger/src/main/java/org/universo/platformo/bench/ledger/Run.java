package org.universo.platformo.bench.ledger;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.internal.EconomyComponent;

/** N closed-loop clients for a warm-up, then a measured window; only transfers finished inside the window count. */
final class Run {
    /** {@code cpuMillis}: this JVM's CPU per transfer (all its threads: the clients, EclipseLink, the pool, GC). */
    record Result(double perSecond, double p50Millis, double p99Millis, long errors, double cpuMillis) {
    }

    private static final OperatingSystemMXBean CPU = (OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean();
    private final EconomyComponent ledger;
    private final int accounts;
    private final int clients;
    private final String nonce = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean measuring;
    private volatile boolean stopped;

    Run(EconomyComponent ledger, int accounts, int clients) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.clients = clients;
    }

    Result measure(int warmupSeconds, int seconds) throws InterruptedException {
        List<Client> all = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Client c = new Client(t);
            all.add(c);
            c.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        long start = System.nanoTime();
        long cpu = CPU.getProcessCpuTime();
        measuring = true;
        Thread.sleep(seconds * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        cpu = CPU.getProcessCpuTime() - cpu;
        stopped = true;
        long[] latencies = new long[0];
        for (Client c : all) {
            c.join();
            int from = latencies.length;
            latencies = Arrays.copyOf(latencies, from + c.count);
            System.arraycopy(c.latencies, 0, latencies, from, c.count);
        }
        Arrays.sort(latencies);
        return new Result(latencies.length / elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99),
                errors.get(), cpu / 1e6 / Math.max(1, latencies.length));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
    }

    private final class Client extends Thread {
        private final int number;
        private long[] latencies = new long[1 << 16];
        private int count;

        Client(int number) {
            super("ledger-client-" + number);
            this.number = number;
        }

        @Override
        public void run() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (long seq = 0; !stopped; seq++) {
                int from = 1 + r.nextInt(accounts);
                int to = 1 + (from + r.nextInt(accounts - 1)) % accounts;
                Inputs.Transfer t = new Inputs.Transfer(AccountPool.id(from), AccountPool.id(to), 1 + r.nextInt(100),
                        null);
                long began = System.nanoTime();
                try {
                    ledger.transfer(AccountPool.owner(from), nonce + "-" + number + "-" + seq, t);
                } catch (RuntimeException e) {
                    if (errors.getAndIncrement() == 0) {
                        e.printStackTrace();
                    }
                    continue;
                }
                if (measuring) {
                    record(System.nanoTime() - began);
                }
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
