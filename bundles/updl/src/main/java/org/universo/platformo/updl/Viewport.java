package org.universo.platformo.updl;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Where the editor looked at a canvas last: pan offset and zoom factor. */
@JsonSchemaRef("updl/Viewport.schema.json")
public record Viewport(double x, double y, double zoom) {

    public Viewport {
        Checks.finite(x, "Viewport.x");
        Checks.finite(y, "Viewport.y");
        if (!(zoom > 0) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("Viewport.zoom must be positive: " + zoom);
        }
    }
}
