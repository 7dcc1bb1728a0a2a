package org.universo.platformo.updl.diff;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** A diagram shape added, removed or changed in any way, matched by id. */
@JsonSchemaRef("updl/ShapeChange.schema.json")
public record ShapeChange(String canvasId, String shapeId, ChangeKind change) {
}
