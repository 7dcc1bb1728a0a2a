package org.universo.platformo.metaverse;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A metaverse as a caller sees it, with the caller's own role (absent when not a member). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metaverse(String id, String name, String description, String visibility, String ownerId, Role myRole,
        Instant createdAt, Instant updatedAt) {
}
