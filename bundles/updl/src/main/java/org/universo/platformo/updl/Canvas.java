package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * One canvas of a space: UPDL nodes and edges, the last viewport, an optional diagram layer, and
 * {@code extensions}: data of other formats kept verbatim (keyed by format, e.g. {@code _upstream}) so that an
 * export can give it back.
 */
@JsonSchemaRef("updl/Canvas.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Canvas(String id, String name, int order, List<Node> nodes, List<Edge> edges, Viewport viewport,
        Diagram diagram, Map<String, Object> extensions) {

    public Canvas {
        Checks.present(id, "Canvas.id");
        Checks.present(name, "Canvas.name");
        nodes = Checks.listOrEmpty(nodes);
        edges = Checks.listOrEmpty(edges);
        extensions = Checks.mapCopy(extensions);
    }

    public Canvas(String id, String name, int order, List<Node> nodes, List<Edge> edges, Viewport viewport,
            Diagram diagram) {
        this(id, name, order, nodes, edges, viewport, diagram, null);
    }

    public Canvas(String id, String name, int order, List<Node> nodes, List<Edge> edges) {
        this(id, name, order, nodes, edges, null, null, null);
    }
}
