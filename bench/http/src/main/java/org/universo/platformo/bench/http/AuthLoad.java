package org.universo.platformo.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop HTTP load on the auth routes of a running distribution: registers users, then for each scenario
 * runs C clients back to back (no think time) for a warm-up and a measured interval, and prints requests/s,
 * latency percentiles and errors. Scenarios: login (POST /auth/login), refresh (POST /auth/refresh, each client
 * always sends the newest rotated token), me (GET /auth/me with a bearer token).
 *
 * <p>Loopback only; every loop ends at its deadline, every request has a timeout, and a watchdog exits the
 * program if a client thread outlives the phase by a minute.
 *
 * <pre>java -jar http-bench.jar --base http://127.0.0.1:18181 [--users 8] [--concurrency 8] [--warmup 30]
 *     [--duration 20] [--scenarios login,refresh,me]</pre>
 */
public final class AuthLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final long serverPid;
    private final int clockTicks;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    private AuthLoad(URI base, long serverPid, int clockTicks) {
        this.base = base;
        this.serverPid = serverPid;
        this.clockTicks = clockTicks;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one client keeps between its requests. */
    private static final class Client {
        final User user;
        String accessToken;
        String refreshToken;

        Client(User user) {
            this.user = user;
        }
    }

    private record User(String email, String password) {
    }

    /** One request of a scenario; true when the answer is the expected one. */
    private interface Step {
        boolean call(Client c) throws IOException, InterruptedException;

        /** After a failed call, outside the timing: get the client going again. */
        default void recover(Client c) throws IOException, InterruptedException {
        }
    }

    /** Latencies (ns) and outcomes of one client thread in the measured interval. */
    private static final class Tally {
        long[] latencies = new long[4096];
        int count;
        int errors;
        final Map<String, Integer> errorKinds = new TreeMap<>();

        void add(long ns) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = ns;
        }

        void error(String kind) {
            errors++;
            errorKinds.merge(kind, 1, Integer::sum);
        }
    }

    private record Result(String name, int clients, int requests, double seconds, int errors,
            Map<String, Integer> errorKinds, long[] sortedNs, double serverCpuS, double clientCpuS) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (sortedNs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNs.length);
            return sortedNs[Math.max(0, Math.min(sortedNs.length - 1, rank - 1))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("base", "http://127.0.0.1:8181", "users", "8",
                "concurrency", "8", "warmup", "30", "duration", "20", "scenarios", "login,refresh,me",
                "server-pid", "0", "clk-tck", "100"));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length || !opt.containsKey(args[i].substring(2))) {
                System.err.println("usage: --base URL --users N --concurrency C --warmup S --duration S "
                        + "--scenarios login,refresh,me [--server-pid PID --clk-tck 100]");
                System.exit(64);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        URI base = URI.create(opt.get("base"));
        if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("refusing to load " + base + ": only loopback addresses are allowed");
            System.exit(64);
        }
        int users = bounded(opt, "users", 1, 10_000);
        int clients = bounded(opt, "concurrency", 1, 512);
        int warmup = bounded(opt, "warmup", 0, 300);
        int duration = bounded(opt, "duration", 1, 600);
        List<String> scenarios = List.of(opt.get("scenarios").split(","));
        for (String s : scenarios) {
            if (!List.of("login", "refresh", "me").contains(s)) {
                System.err.println("unknown scenario " + s);
                System.exit(64);
            }
        }
        AuthLoad load = new AuthLoad(base, Long.parseLong(opt.get("server-pid")), Integer.parseInt(opt.get("clk-tck")));
        load.run(users, clients, warmup, duration, scenarios);
    }

    private static int bounded(Map<String, String> opt, String key, int min, int max) {
        int v = Integer.parseInt(opt.get(key));
        if (v < min || v > max) {
            throw new IllegalArgumentException("--" + key + " must be in " + min + ".." + max);
        }
        return v;
    }

    private void run(int userCount, int clientCount, int warmup, int duration, List<String> scenarios)
            throws Exception {
        System.out.printf(Locale.ROOT, "target %s, %d users, %d clients, %d s warm-up + %d s measured per scenario%n",
                base, userCount, clientCount, warmup, duration);
        List<User> users = register(userCount, clientCount);
        List<Result> results = new ArrayList<>();
        for (String s : scenarios) {
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < clientCount; i++) {
                clients.add(new Client(users.get(i % users.size())));
            }
            Step step = switch (s) {
                case "login" -> this::login;
                case "refresh" -> new Step() {
                    @Override
                    public boolean call(Client c) throws IOException, InterruptedException {
                        return refresh(c);
                    }

                    @Override
                    public void recover(Client c) throws IOException, InterruptedException {
                        login(c); // a fresh session: the failed one may be revoked
                    }
                };
                default -> c -> me(c);
            };
            if (!s.equals("login")) {
                for (Client c : clients) { // each client its own session, made before the clock starts
                    if (!login(c)) {
                        throw new IllegalStateException("login for " + c.user.email() + " failed");
                    }
                }
            }
            Result r = phase(s, clients, step, warmup, duration);
            System.out.printf(Locale.ROOT, "%s: %d requests in %d s, %.1f/s, %d errors%n", s, r.requests(), duration,
                    r.perSecond(), r.errors());
            results.add(r);
        }
        System.out.println();
        System.out.println("| scenario | clients | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors "
                + "| server CPU ms/req | server cores | client cores |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s | %.2f |%n",
                    r.name(), r.clients(), r.requests(), r.perSecond(), r.percentileMs(50), r.percentileMs(95),
                    r.percentileMs(99), r.percentileMs(100),
                    r.errors() == 0 ? "0" : r.errors() + " " + r.errorKinds(),
                    r.serverCpuS() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.serverCpuS() * 1000 / r.requests()),
                    r.serverCpuS() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.serverCpuS() / r.seconds()),
                    r.clientCpuS() / r.seconds());
        }
    }

    /** Registers the users, a few at a time (each costs an Argon2id hash on the server). */
    private List<User> register(int count, int parallel) throws Exception {
        User[] users = new User[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Math.min(parallel, count); t++) {
            threads.add(started(() -> {
                for (int i; (i = next.getAndIncrement()) < count && failure.get() == null; ) {
                    User u = new User("bench-" + runId + "-" + i + "@example.org", "bench-password-" + i);
                    try {
                        HttpResponse<String> r = post("/api/v1/auth/register",
                                Map.of("email", u.email(), "password", u.password()));
                        JsonNode body = JSON.readTree(r.body());
                        if (r.statusCode() != 202 || !body.path("accepted").asBoolean()) {
                            throw new IllegalStateException("register answered " + r.statusCode() + ": " + r.body());
                        }
                        users[i] = u;
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        joinAll(threads, System.nanoTime() + TimeUnit.MINUTES.toNanos(5));
        if (failure.get() != null) {
            throw failure.get();
        }
        System.out.printf(Locale.ROOT, "registered %d users in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
        return List.of(users);
    }

    private Result phase(String name, List<Client> clients, Step step, int warmupS, int durationS)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupS);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(durationS);
        List<Tally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Client c : clients) {
            Tally tally = new Tally();
            tallies.add(tally);
            threads.add(started(() -> {
                long now;
                while ((now = System.nanoTime()) < end) {
                    boolean ok;
                    String kind = null;
                    try {
                        ok = step.call(c);
                        if (!ok) {
                            kind = "status";
                        }
                    } catch (IOException | RuntimeException e) {
                        ok = false;
                        kind = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - now;
                    if (now >= measureFrom) {
                        tally.add(took);
                        if (!ok) {
                            tally.error(kind);
                        }
                    }
                    if (!ok) {
                        try {
                            step.recover(c);
                        } catch (IOException | RuntimeException e) {
                            sleepQuietly(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        // CPU time of the server and of this program over the measured interval
        sleepUntil(measureFrom);
        double server0 = serverCpuSeconds();
        double client0 = clientCpuSeconds();
        sleepUntil(end);
        double server1 = serverCpuSeconds();
        double client1 = clientCpuSeconds();
        joinAll(threads, end + TimeUnit.SECONDS.toNanos(60));
        int total = tallies.stream().mapToInt(t -> t.count).sum();
        long[] all = new long[total];
        int at = 0;
        int errors = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (Tally t : tallies) {
            System.arraycopy(t.latencies, 0, all, at, t.count);
            at += t.count;
            errors += t.errors;
            t.errorKinds.forEach((k, v) -> kinds.merge(k, v, Integer::sum));
        }
        Arrays.sort(all);
        return new Result(name, clients.size(), total, durationS, errors, kinds, all,
                server0 < 0 || server1 < 0 ? -1 : server1 - server0, client1 - client0);
    }

    private boolean login(Client c) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/v1/auth/login",
                Map.of("email", c.user.email(), "password", c.user.password()));
        if (r.statusCode() != 200) {
            report("login", r);
            return false;
        }
        JsonNode body = JSON.readTree(r.body());
        c.accessToken = body.path("accessToken").asText(null);
        c.refreshToken = body.path("refreshToken").asText(null);
        return c.accessToken != null && c.refreshToken != null;
    }

    private boolean refresh(Client c) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/v1/auth/refresh", Map.of("refreshToken", c.refreshToken));
        if (r.statusCode() != 200) {
            report("refresh", r);
            return false;
        }
        String next = JSON.readTree(r.body()).path("refreshToken").asText(null);
        if (next == null) {
            return false;
        }
        c.refreshToken = next; // the old one is rotated; sending it again later would revoke the session
        return true;
    }

    private boolean me(Client c) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/v1/auth/me")).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").header("Authorization", "Bearer " + c.accessToken).GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            report("me", r);
            return false;
        }
        return true;
    }

    private HttpResponse<String> post(String path, Map<String, String> body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static final AtomicInteger REPORTED = new AtomicInteger();

    /** The first few unexpected answers go to stderr, so a failing run says why. */
    private static void report(String what, HttpResponse<String> r) {
        if (REPORTED.incrementAndGet() <= 5) {
            String b = r.body() == null ? "" : r.body();
            System.err.println(what + " answered " + r.statusCode() + ": " + b.substring(0, Math.min(300, b.length())));
        }
    }

    private static void joinAll(List<Thread> threads, long deadlineNanos) throws InterruptedException {
        for (Thread t : threads) {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            if (t.isAlive()) {
                System.err.println("a client thread did not finish in time; giving up");
                System.exit(3);
            }
        }
    }

    /** utime + stime of the server process from /proc, or -1 when no --server-pid was given or it is gone. */
    private double serverCpuSeconds() {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) clockTicks; // fields 14 and 15
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double clientCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A started daemon client thread. */
    private static Thread started(Runnable r) {
        Thread t = new Thread(r, "auth-load");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
