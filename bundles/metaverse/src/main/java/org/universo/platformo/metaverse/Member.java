package org.universo.platformo.metaverse;

import java.time.Instant;

/** A user's membership. */
public record Member(String userId, Role role, Instant createdAt) {
}
