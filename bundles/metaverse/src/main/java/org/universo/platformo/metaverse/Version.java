package org.universo.platformo.metaverse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An immutable snapshot of a space's graph; lists leave the graph out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Version(String spaceId, int version, String label, String comment, String createdBy, Instant createdAt,
        JsonNode graph) {
}
