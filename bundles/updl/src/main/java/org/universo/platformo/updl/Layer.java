package org.universo.platformo.updl;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** A diagram layer; higher {@code order} is drawn above lower. */
@JsonSchemaRef("updl/Layer.schema.json")
public record Layer(String id, String name, int order, boolean visible, boolean locked) {

    public Layer {
        Checks.present(id, "Layer.id");
        Checks.present(name, "Layer.name");
    }
}
