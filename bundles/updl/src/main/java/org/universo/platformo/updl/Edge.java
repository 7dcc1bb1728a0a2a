package org.universo.platformo.updl;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A connection from an output port of {@code source} to an input port of {@code target}. Edges point from the part
 * to the whole (child to parent): a Component feeds an Entity's {@code components} input, an Entity a Space's
 * {@code entities} input.
 */
@JsonSchemaRef("updl/Edge.schema.json")
public record Edge(String id, String source, String sourcePort, String target, String targetPort) {

    public Edge {
        Checks.present(id, "Edge.id");
        Checks.present(source, "Edge.source");
        Checks.present(sourcePort, "Edge.sourcePort");
        Checks.present(target, "Edge.target");
        Checks.present(targetPort, "Edge.targetPort");
    }
}
