package org.universo.platformo.ships;

import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A hull and the modules fitted to it, by id; the same module may be fitted several times. {@code expectedVersion}
 * is read by PUT only: the Ship component version last seen, 0 for none yet, null to overwrite whatever is there.
 */
@JsonSchemaRef("ships/Fitting.schema.json")
public record Fitting(String shipTypeId, List<String> modules, Long expectedVersion) {
    public Fitting {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
