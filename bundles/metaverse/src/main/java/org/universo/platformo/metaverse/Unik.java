package org.universo.platformo.metaverse;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A unik (workspace) with the caller's role in it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unik(String id, String name, String description, String ownerId, Role myRole, Instant createdAt,
        Instant updatedAt) {
}
