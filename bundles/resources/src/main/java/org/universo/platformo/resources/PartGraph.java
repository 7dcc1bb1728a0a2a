package org.universo.platformo.resources;

import java.util.Map;

/** The bill of materials below {@code rootId} as a graph: each version once, whatever the number of uses. */
public record PartGraph(String rootId, Map<String, Part> parts) {

    public Part root() {
        return parts.get(rootId);
    }
}
