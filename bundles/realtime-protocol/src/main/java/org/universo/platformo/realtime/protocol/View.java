package org.universo.platformo.realtime.protocol;

import java.util.Arrays;

/** What one client was sent at a tick: entities sorted by handle. Immutable; entities are shared between views. */
public record View(long tick, NetEntity[] entities) {

    public View {
        for (int i = 1; i < entities.length; i++) {
            if (entities[i - 1].handle() >= entities[i].handle()) {
                throw new IllegalArgumentException("view entities must be sorted by handle, without repeats");
            }
        }
    }

    public NetEntity find(int handle) {
        int lo = 0;
        int hi = entities.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int h = entities[mid].handle();
            if (h == handle) {
                return entities[mid];
            }
            if (h < handle) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof View v && v.tick == tick && Arrays.equals(v.entities, entities);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tick) * 31 + Arrays.hashCode(entities);
    }

    @Override
    public String toString() {
        return "View[tick=" + tick + ", " + entities.length + " entities]";
    }
}
