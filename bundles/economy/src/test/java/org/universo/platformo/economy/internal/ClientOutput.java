package org.universo.platformo.economy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What {@link LedgerCrashClient} said before it died: the keys it sent and the receipts it got back. Read on a thread of
 * its own so that the test can wait with a deadline, and kept until the pipe ends so that the lines written just before
 * the kill count too.
 */
final class ClientOutput {
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean done;

    ClientOutput(InputStream stdout) {
        Thread reader = new Thread(() -> read(stdout), "crash-client-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream stdout) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.split(" ");
                if (words.length == 2 && words[0].equals("send")) {
                    sent.add(words[1]);
                } else if (words.length == 3 && words[0].equals("ok") && words[2].length() == 36) {
                    // a line cut short by the kill lacks its 36-character transaction id and is not a receipt
                    acknowledged.put(words[1], words[2]);
                } else if (line.equals("done")) {
                    done = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ended.countDown();
        }
    }

    /** Waits until at least {@code count} receipts came back; false when the client ended first or time ran out. */
    boolean awaitAcknowledged(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (acknowledged.size() < count) {
            if (ended.getCount() == 0 || System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    /** Waits for the end of the pipe, which a killed process closes at once. */
    void awaitEnd(long timeoutMillis) throws InterruptedException {
        if (!ended.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the client's output did not end");
        }
    }

    Set<String> sent() {
        return new HashSet<>(sent);
    }

    /** Key → the transaction id of its receipt. */
    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    boolean finished() {
        return done;
    }
}
