package org.universo.platformo.updl.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.schema.JsonSchemaRef;
import org.universo.platformo.updl.Edge;

/** An edge added (only {@code after}), removed (only {@code before}) or reconnected (both), matched by id. */
@JsonSchemaRef("updl/EdgeChange.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EdgeChange(String canvasId, String edgeId, ChangeKind change, Edge before, Edge after) {
}
