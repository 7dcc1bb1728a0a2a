package org.universo.platformo.updl.link;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Outcome of a resolution: the dependency graph of what could be included and every problem met on the way.
 * {@code contents} holds the loaded graphs (not the root's) for the caller, e.g. a build; it is not serialized.
 */
@JsonSchemaRef("updl/LinkResolution.schema.json")
public record LinkResolution(ResolvedGraph graph, List<LinkProblem> problems,
        @JsonIgnore List<ResolvedSpace> contents) {

    public LinkResolution {
        problems = problems == null ? List.of() : List.copyOf(problems);
        contents = contents == null ? List.of() : List.copyOf(contents);
    }

    /** True when every link could be followed. */
    @JsonIgnore
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
