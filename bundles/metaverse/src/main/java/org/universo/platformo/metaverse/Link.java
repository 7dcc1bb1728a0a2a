package org.universo.platformo.metaverse;

import java.time.Instant;

/** A link from one metaverse to another: {@code child} (contained world) or {@code partner}. */
public record Link(String id, String sourceId, String targetId, String kind, Instant createdAt) {
}
