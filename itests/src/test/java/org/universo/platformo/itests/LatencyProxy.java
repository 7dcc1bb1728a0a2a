package org.universo.platformo.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on loopback that delays every chunk, each way, by {@code oneWayMs} ± {@code jitterMs} (uniform), keeping
 * the order of bytes: a browser behind it sees a round trip of 2 × oneWayMs with jitter, for pages and WebSockets alike.
 */
final class LatencyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService pumps = Executors.newCachedThreadPool();
    private final int target;
    private final long oneWayMs;
    private final long jitterMs;
    private final Random random = new Random(7);

    LatencyProxy(int target, long oneWayMs, long jitterMs) throws IOException {
        this.target = target;
        this.oneWayMs = oneWayMs;
        this.jitterMs = jitterMs;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pumps.execute(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                pumps.execute(() -> pump(client, upstream));
                pumps.execute(() -> pump(upstream, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads chunks as they come; a second task writes each at its due time, in order (one queue per direction). */
    private void pump(Socket from, Socket to) {
        java.util.concurrent.BlockingQueue<Object[]> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        pumps.execute(() -> {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Object[] next = queue.take();
                    if (next.length == 0) {
                        break;
                    }
                    long wait = (long) next[0] - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    out.write((byte[]) next[1]);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the connection or the proxy is closing
            } finally {
                close(from, to);
            }
        });
        long last = 0;
        try {
            InputStream in = from.getInputStream();
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                long delay;
                synchronized (random) {
                    delay = oneWayMs + (long) ((random.nextDouble() * 2 - 1) * jitterMs);
                }
                last = Math.max(last, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay));
                queue.add(new Object[] {last, Arrays.copyOf(buf, n)});
            }
        } catch (IOException e) {
            // the peer went away
        } finally {
            queue.add(new Object[0]);
        }
    }

    private static void close(Socket a, Socket b) {
        try {
            a.close();
            b.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pumps.shutdownNow();
    }
}
