package org.universo.platformo.updl.link;

import org.universo.platformo.api.schema.JsonSchemaRef;
import org.universo.platformo.updl.SpaceGraph;

/** A space version as loaded by a {@link SpaceSource}: which version it is and its graph. */
@JsonSchemaRef("updl/ResolvedSpace.schema.json")
public record ResolvedSpace(String spaceId, int version, SpaceGraph graph) {

    public ResolvedSpace {
        if (spaceId == null || graph == null || version < 1) {
            throw new IllegalArgumentException("ResolvedSpace needs a space id, a version >= 1 and a graph");
        }
    }

    public SpaceRef ref() {
        return new SpaceRef(spaceId, version);
    }
}
