package org.universo.platformo.metaverse;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A space of a unik: its identity; its UPDL content lives in drafts and versions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Space(String id, String unikId, String name, String description, String createdBy, Instant createdAt,
        Instant updatedAt) {
}
