package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A uniform grid of cubic cells; a body changes cell only when it crosses a border, so updates are incremental. */
final class Grid {
    private final double size;
    private final Map<Long, List<Body>> cells = new HashMap<>();

    Grid(double size) {
        this.size = size;
    }

    void update(Body b) {
        long key = key(cell(b.x), cell(b.y), cell(b.z));
        if (key == b.cell) {
            return;
        }
        remove(b);
        cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(b);
        b.cell = key;
    }

    void remove(Body b) {
        if (b.cell == Long.MIN_VALUE) {
            return;
        }
        List<Body> old = cells.get(b.cell);
        if (old != null) {
            old.remove(b);
            if (old.isEmpty()) {
                cells.remove(b.cell);
            }
        }
        b.cell = Long.MIN_VALUE;
    }

    /** Adds to {@code out} the bodies within {@code radius} of the point. */
    void near(double x, double y, double z, double radius, List<Body> out) {
        int x0 = cell(x - radius);
        int x1 = cell(x + radius);
        int y0 = cell(y - radius);
        int y1 = cell(y + radius);
        int z0 = cell(z - radius);
        int z1 = cell(z + radius);
        double r2 = radius * radius;
        for (int i = x0; i <= x1; i++) {
            for (int j = y0; j <= y1; j++) {
                for (int k = z0; k <= z1; k++) {
                    List<Body> in = cells.get(key(i, j, k));
                    if (in == null) {
                        continue;
                    }
                    for (Body b : in) {
                        double dx = b.x - x;
                        double dy = b.y - y;
                        double dz = b.z - z;
                        if (dx * dx + dy * dy + dz * dz <= r2) {
                            out.add(b);
                        }
                    }
                }
            }
        }
    }

    private int cell(double v) {
        return (int) Math.floor(v / size);
    }

    private static long key(int x, int y, int z) {
        return ((long) (x & 0x1FFFFF) << 42) | ((long) (y & 0x1FFFFF) << 21) | (z & 0x1FFFFF);
    }
}
