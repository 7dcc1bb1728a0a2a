package org.universo.platformo.updl.link;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** {@code from} includes {@code to} through the link node {@code nodeId} on canvas {@code canvasId}. */
@JsonSchemaRef("updl/Dependency.schema.json")
public record Dependency(SpaceRef from, SpaceRef to, String canvasId, String nodeId, LinkKind via) {
}
