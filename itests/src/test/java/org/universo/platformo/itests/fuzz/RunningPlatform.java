package org.universo.platformo.itests.fuzz;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution as an operator runs it, in a process of its own (the fuzz tests' generators cannot run
 * inside the OSGi container as Pax Exam tests do): a copy with free ports, embedded H2, shipped settings.
 */
final class RunningPlatform implements AutoCloseable {
    final URI base;
    final Path home;
    private final Process karaf;

    private RunningPlatform(URI base, Path home, Process karaf) {
        this.base = base;
        this.home = home;
        this.karaf = karaf;
    }

    static RunningPlatform start() throws Exception {
        Path assembly = Path.of(System.getProperty("universo.it.assembly"));
        Path home = Files.createTempDirectory("universo-fuzz");
        copy(assembly, home);
        int http = free();
        edit(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(http));
        edit(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(free()));
        edit(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(free()));
        edit(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(free()));
        for (String script : List.of("karaf", "start", "stop", "client", "status")) {
            home.resolve("bin").resolve(script).toFile().setExecutable(true);
        }
        Process p = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile()).start();
        RunningPlatform platform = new RunningPlatform(URI.create("http://127.0.0.1:" + http), home, p);
        platform.awaitHealthy();
        return platform;
    }

    /** Start-up, not a fault being waited out: a distribution that is not healthy in 180 s fails the test. */
    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < end) {
            if (!karaf.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + karaf.exitValue() + "; see " + home);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The distribution did not answer /api/v1/health within 180 s; see " + home);
    }

    @Override
    public void close() throws Exception {
        karaf.destroy();
        if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
            karaf.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> all = Files.walk(home)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void edit(Path cfg, String key, String value) throws IOException {
        List<String> lines = Files.readAllLines(cfg);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                found = true;
            }
        }
        if (!found) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines);
    }

    private static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
