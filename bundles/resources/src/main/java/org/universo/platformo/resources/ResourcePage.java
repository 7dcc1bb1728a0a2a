package org.universo.platformo.resources;

import java.util.List;

/** One page of a catalog search: {@code total} entries match in all. */
public record ResourcePage(List<Resource> items, long total, int offset, int limit) {
    public ResourcePage {
        items = List.copyOf(items);
    }
}
