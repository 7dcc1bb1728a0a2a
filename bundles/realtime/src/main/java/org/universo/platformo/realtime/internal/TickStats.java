package org.universo.platformo.realtime.internal;

import java.util.Arrays;

/** The last 10 s of tick work times (at up to 60 Hz), for the shell's percentiles. */
final class TickStats {
    private final long[] nanos = new long[600];
    private int next;
    private int size;

    synchronized void add(long work) {
        nanos[next] = work;
        next = (next + 1) % nanos.length;
        size = Math.min(size + 1, nanos.length);
    }

    /** p50, p99, max in microseconds. */
    synchronized long[] micros() {
        if (size == 0) {
            return new long[3];
        }
        long[] s = Arrays.copyOf(nanos, size);
        Arrays.sort(s);
        return new long[] {s[size / 2] / 1000, s[Math.min(size - 1, (int) Math.ceil(size * 0.99) - 1)] / 1000,
                s[size - 1] / 1000};
    }
}
