package org.universo.platformo.ecs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change of one component: {@code expectedVersion} is the version the writer last saw (0: the component must not
 * exist yet); {@code data} null removes the component.
 */
public record ComponentWrite(String entityId, String type, long expectedVersion, JsonNode data) {
}
