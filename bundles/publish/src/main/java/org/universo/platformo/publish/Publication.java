package org.universo.platformo.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A published space: served at {@code url} (/p/{slug}/) from its active version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(String id, String slug, String spaceId, String name, String visibility,
        Integer activeVersion, String myRole, String url, String createdBy, Instant createdAt, Instant updatedAt) {
}
