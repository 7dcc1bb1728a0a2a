package org.universo.platformo.updl.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Everything that differs between two space graphs. Items are matched by id within their canvas; a node that moved
 * to another canvas shows as removed from one and added to the other. Lists follow the newer graph's order, with
 * removals after the items of their canvas.
 */
@JsonSchemaRef("updl/GraphChanges.schema.json")
public record GraphChanges(List<CanvasChange> canvases, List<NodeChange> nodes, List<EdgeChange> edges,
        List<ShapeChange> shapes) {

    public GraphChanges {
        canvases = canvases == null ? List.of() : List.copyOf(canvases);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
        shapes = shapes == null ? List.of() : List.copyOf(shapes);
    }

    /** True when the graphs are the same. */
    @JsonIgnore
    public boolean isEmpty() {
        return canvases.isEmpty() && nodes.isEmpty() && edges.isEmpty() && shapes.isEmpty();
    }
}
