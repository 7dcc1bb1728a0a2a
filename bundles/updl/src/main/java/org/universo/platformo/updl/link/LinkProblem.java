package org.universo.platformo.updl.link;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A link that could not be followed. {@code spaceId}, {@code canvasId} and {@code nodeId} locate the link node;
 * {@code path} lists space ids from the root to the target (for a cycle: around the cycle, e.g. A, B, C, A).
 */
@JsonSchemaRef("updl/LinkProblem.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkProblem(String code, String message, String spaceId, String canvasId, String nodeId,
        List<String> path) {

    public static final String CYCLE = "cycle";
    public static final String TARGET_MISSING = "link_target_missing";
    public static final String TARGET_FORBIDDEN = "link_target_forbidden";
    public static final String DEPTH_EXCEEDED = "link_depth_exceeded";
    public static final String TOO_MANY_SPACES = "link_too_many_spaces";
    public static final String VERSION_CONFLICT = "link_version_conflict";
    public static final String INVALID_LINK = "link_invalid";

    public LinkProblem {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
