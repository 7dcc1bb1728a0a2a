package org.universo.platformo.updl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a space graph against the registered node types and returns every problem found (not just the first),
 * in canvas order. An empty list means the graph is valid.
 */
@ProviderType
public interface GraphValidator {

    List<Problem> validate(SpaceGraph graph, GraphLimits limits);

    /**
     * For untrusted JSON: checks sizes and the {@code updl/SpaceGraph.schema.json} shape first
     * ({@code too_many_*}, {@code invalid_document}); only a well-formed document is bound and checked further.
     */
    List<Problem> validate(JsonNode graphDocument, GraphLimits limits);
}
