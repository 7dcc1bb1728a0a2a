package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * One diagram item. {@code anchorNodeId} attaches it to a UPDL node of the same canvas (it follows the node);
 * {@code children} are the member shape ids of a group; {@code startShapeId}/{@code endShapeId} are the shapes a line
 * or arrow connects.
 */
@JsonSchemaRef("updl/Shape.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Shape(String id, ShapeKind kind, String layerId, Geometry geometry, ShapeStyle style, String text,
        String anchorNodeId, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> children, String startShapeId,
        String endShapeId) {

    public Shape {
        Checks.present(id, "Shape.id");
        Checks.present(kind, "Shape.kind");
        Checks.present(layerId, "Shape.layerId");
        Checks.present(geometry, "Shape.geometry");
        children = Checks.listOrEmpty(children);
    }

    /** A box-shaped item (rectangle, ellipse or text) without connections. */
    public static Shape box(String id, ShapeKind kind, String layerId, Geometry geometry, String text,
            String anchorNodeId) {
        return new Shape(id, kind, layerId, geometry, null, text, anchorNodeId, null, null, null);
    }
}
