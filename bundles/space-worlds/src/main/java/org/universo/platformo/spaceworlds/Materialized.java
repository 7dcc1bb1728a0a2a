package org.universo.platformo.spaceworlds;

import java.util.List;

/** A space version applied to its world: entity ids added, changed and removed. */
@org.universo.platformo.api.schema.JsonSchemaRef("spaceworlds/Materialized.schema.json")
public record Materialized(String worldId, String spaceId, int spaceVersion, List<String> added, List<String> changed,
        List<String> removed) {
    public Materialized {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
