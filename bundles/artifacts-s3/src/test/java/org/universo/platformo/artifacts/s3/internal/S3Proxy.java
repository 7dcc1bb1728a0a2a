package org.universo.platformo.artifacts.s3.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real S3-compatible server (s3proxy on its file-system backend) in its own process, on a free loopback port. */
final class S3Proxy implements AutoCloseable {
    static final String IDENTITY = "local-identity";
    static final String CREDENTIAL = "local-credential";

    final int port;
    private final Process process;

    S3Proxy(Path work) throws IOException, InterruptedException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createDirectories(work.resolve("data"));
        Path props = work.resolve("s3proxy.properties");
        Files.write(props, List.of("s3proxy.endpoint=http://127.0.0.1:" + port, "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY, "s3proxy.credential=" + CREDENTIAL, "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data));
        String jar = System.getProperty("s3proxy.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-jar", jar, "--properties", props.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        long end = System.currentTimeMillis() + 60_000;
        while (!listening()) {
            if (!process.isAlive() || System.currentTimeMillis() > end) {
                close();
                throw new IOException("s3proxy did not start: " + Files.readString(work.resolve("s3proxy.log")));
            }
            Thread.sleep(100);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private boolean listening() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
