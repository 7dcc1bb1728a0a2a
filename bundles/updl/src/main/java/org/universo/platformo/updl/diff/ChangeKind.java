package org.universo.platformo.updl.diff;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an item differs between the two graphs. */
public enum ChangeKind {
    @JsonProperty("added") ADDED,
    @JsonProperty("removed") REMOVED,
    @JsonProperty("changed") CHANGED
}
