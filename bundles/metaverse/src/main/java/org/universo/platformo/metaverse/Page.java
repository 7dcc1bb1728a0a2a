package org.universo.platformo.metaverse;

import java.util.List;

/** One page of a list, with the total number of items the caller may see. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
