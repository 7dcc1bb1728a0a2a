package org.universo.platformo.updl.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A canvas added, removed or changed. For a changed canvas the members say what changed besides its nodes, edges
 * and shapes (which are listed separately): name, order, viewport, layers, extensions.
 */
@JsonSchemaRef("updl/CanvasChange.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CanvasChange(String canvasId, ChangeKind change, ValueChange name, ValueChange order,
        ValueChange viewport, boolean layersChanged, boolean extensionsChanged) {
}
