package org.universo.platformo.updl;

import java.util.List;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** The content of a space (a draft or a version): its canvases. */
@JsonSchemaRef("updl/SpaceGraph.schema.json")
public record SpaceGraph(List<Canvas> canvases) {

    public SpaceGraph {
        canvases = Checks.listOrEmpty(canvases);
    }
}
