package org.universo.platformo.updl.link;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a link node points at. */
public enum LinkKind {
    @JsonProperty("space") SPACE,
    @JsonProperty("unik") UNIK,
    @JsonProperty("metaverse") METAVERSE
}
