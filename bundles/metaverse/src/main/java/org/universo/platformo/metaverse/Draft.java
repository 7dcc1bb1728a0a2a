package org.universo.platformo.metaverse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The editable graph of a space; send its revision back when saving, so concurrent edits are detected. */
public record Draft(String spaceId, long revision, JsonNode graph, String updatedBy, Instant updatedAt) {
}
