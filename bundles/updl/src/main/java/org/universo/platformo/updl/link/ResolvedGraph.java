package org.universo.platformo.updl.link;

import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** The root and every space version it includes (root first, then in discovery order), with the inclusions. */
@JsonSchemaRef("updl/ResolvedGraph.schema.json")
public record ResolvedGraph(SpaceRef root, List<SpaceRef> spaces, List<Dependency> dependencies) {

    public ResolvedGraph {
        spaces = spaces == null ? List.of() : List.copyOf(spaces);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }
}
