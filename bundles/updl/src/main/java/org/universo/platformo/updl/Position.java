package org.universo.platformo.updl;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** A point on a canvas, in canvas units. */
@JsonSchemaRef("updl/Position.schema.json")
public record Position(double x, double y) {

    public Position {
        Checks.finite(x, "Position.x");
        Checks.finite(y, "Position.y");
    }
}
