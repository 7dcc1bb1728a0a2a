package org.universo.platformo.realtime.internal;

/** Positions of one body at its last ticks, for rewinding hit tests to what a shooter saw. */
final class PoseHistory {
    private final long[] ticks;
    private final double[] xyz;
    private int next;
    private int size;

    PoseHistory(int capacity) {
        ticks = new long[Math.max(2, capacity)];
        xyz = new double[ticks.length * 3];
    }

    void record(long tick, double x, double y, double z) {
        ticks[next] = tick;
        xyz[next * 3] = x;
        xyz[next * 3 + 1] = y;
        xyz[next * 3 + 2] = z;
        next = (next + 1) % ticks.length;
        size = Math.min(size + 1, ticks.length);
    }

    /** The position at a fractional tick, interpolated; clamped to the oldest and newest kept. */
    double[] at(double tick) {
        if (size == 0) {
            return null;
        }
        int newest = Math.floorMod(next - 1, ticks.length);
        int oldest = Math.floorMod(next - size, ticks.length);
        if (tick >= ticks[newest]) {
            return point(newest);
        }
        if (tick <= ticks[oldest]) {
            return point(oldest);
        }
        for (int k = 0; k < size - 1; k++) {
            int a = Math.floorMod(oldest + k, ticks.length);
            int b = (a + 1) % ticks.length;
            if (tick >= ticks[a] && tick <= ticks[b]) {
                double f = (tick - ticks[a]) / (double) (ticks[b] - ticks[a]);
                return new double[] {lerp(a, b, 0, f), lerp(a, b, 1, f), lerp(a, b, 2, f)};
            }
        }
        return point(newest);
    }

    private double lerp(int a, int b, int axis, double f) {
        return xyz[a * 3 + axis] + (xyz[b * 3 + axis] - xyz[a * 3 + axis]) * f;
    }

    private double[] point(int i) {
        return new double[] {xyz[i * 3], xyz[i * 3 + 1], xyz[i * 3 + 2]};
    }
}
