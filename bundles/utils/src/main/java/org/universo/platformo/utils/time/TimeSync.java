package org.universo.platformo.utils.time;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;

/**
 * Estimates client/server clock offset, RTT and jitter from ping/pong samples (any one time unit).
 * Not thread-safe: use one instance per connection from one thread, or synchronize externally.
 *
 * <p>Before the first accepted sample, {@link #offset()}, {@link #rtt()} and {@link #jitter()} are
 * 0 and {@link #serverTimeAt(long)} returns the client time unchanged.
 */
public final class TimeSync {

    /** Number of samples kept by {@link #TimeSync()}. */
    public static final int DEFAULT_WINDOW = 16;

    private record Sample(long rtt, double offset) {
    }

    private final int window;
    private final Deque<Sample> samples;

    public TimeSync() {
        this(DEFAULT_WINDOW);
    }

    /** @param window how many of the most recent samples to keep; at least 1 */
    public TimeSync(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was " + window);
        }
        this.window = window;
        this.samples = new ArrayDeque<>(window);
    }

    /**
     * Records one ping/pong exchange; the oldest sample is dropped once the window is full.
     *
     * @param t0      client time when the ping was sent
     * @param tServer server time when it answered
     * @param t1      client time when the pong arrived
     * @return false, and nothing recorded, if {@code t1 < t0} (a client clock jump)
     */
    public boolean addSample(long t0, long tServer, long t1) {
        if (t1 < t0) {
            return false;
        }
        long rtt = t1 - t0;
        // The server is assumed to have answered half-way through the round trip.
        double offset = (double) (tServer - t0) - rtt / 2.0;
        if (samples.size() == window) {
            samples.removeFirst();
        }
        samples.addLast(new Sample(rtt, offset));
        return true;
    }

    /**
     * Server clock minus client clock: the median offset of the half of the samples with the
     * lowest RTT, since those were least delayed by queuing, which skews the offset by up to
     * half of the extra delay.
     */
    public long offset() {
        if (samples.isEmpty()) {
            return 0;
        }
        Sample[] byRtt = samples.toArray(new Sample[0]);
        Arrays.sort(byRtt, Comparator.comparingLong(Sample::rtt));
        double[] best = new double[(byRtt.length + 1) / 2];
        for (int i = 0; i < best.length; i++) {
            best[i] = byRtt[i].offset();
        }
        return Math.round(median(best));
    }

    /** Median round-trip time of the window. */
    public long rtt() {
        if (samples.isEmpty()) {
            return 0;
        }
        return Math.round(median(samples.stream().mapToDouble(Sample::rtt).toArray()));
    }

    /** Mean absolute deviation of the round-trip times in the window from their mean. */
    public double jitter() {
        if (samples.isEmpty()) {
            return 0;
        }
        double mean = samples.stream().mapToLong(Sample::rtt).average().orElse(0);
        return samples.stream().mapToDouble(s -> Math.abs(s.rtt() - mean)).average().orElse(0);
    }

    /** Converts a client clock reading to the estimated server clock reading. */
    public long serverTimeAt(long clientTime) {
        return clientTime + offset();
    }

    public int sampleCount() {
        return samples.size();
    }

    public int window() {
        return window;
    }

    /** Forgets all samples, e.g. after a reconnect to another server. */
    public void reset() {
        samples.clear();
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
