package org.universo.platformo.updl;

import java.util.List;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * The Miro-like drawing stored with a canvas: shapes, text, lines and groups on layers, optionally anchored to UPDL
 * nodes. Its JSON export/import is the JSON of this record.
 */
@JsonSchemaRef("updl/Diagram.schema.json")
public record Diagram(List<Shape> shapes, List<Layer> layers) {

    public Diagram {
        shapes = Checks.listOrEmpty(shapes);
        layers = Checks.listOrEmpty(layers);
    }
}
