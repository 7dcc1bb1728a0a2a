package org.universo.platformo.ecs;

import com.fasterxml.jackson.databind.JsonNode;

/** A component's document and its version (1 when created, +1 on each change; the key of optimistic writes). */
public record ComponentValue(long version, JsonNode data) {
}
