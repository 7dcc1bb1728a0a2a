package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Where a shape is: its box (top-left corner, size, rotation in degrees around the centre) and, for lines and
 * arrows, the points they pass through, in canvas coordinates.
 */
@JsonSchemaRef("updl/Geometry.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Geometry(double x, double y, double width, double height, double rotation, List<Position> points) {

    public Geometry {
        Checks.finite(x, "Geometry.x");
        Checks.finite(y, "Geometry.y");
        Checks.finite(width, "Geometry.width");
        Checks.finite(height, "Geometry.height");
        Checks.finite(rotation, "Geometry.rotation");
        points = Checks.listCopy(points);
    }

    /** As read from JSON, where rotation may be left out (unrotated) as its schema allows. */
    @JsonCreator
    static Geometry read(@JsonProperty("x") double x, @JsonProperty("y") double y,
            @JsonProperty("width") double width, @JsonProperty("height") double height,
            @JsonProperty("rotation") Double rotation, @JsonProperty("points") List<Position> points) {
        return new Geometry(x, y, width, height, rotation == null ? 0 : rotation, points);
    }

    /** An unrotated box. */
    public static Geometry box(double x, double y, double width, double height) {
        return new Geometry(x, y, width, height, 0, null);
    }

    /** A polyline through {@code points}. */
    public static Geometry path(List<Position> points) {
        return new Geometry(0, 0, 0, 0, 0, points);
    }
}
